import { NextResponse } from 'next/server'
import { addNote } from '@/lib/notes'

export async function POST(request: Request) {
  const { text } = (await request.json()) as { text: string }
  const note = addNote(text)
  return NextResponse.json(note, { status: 201 })
}
