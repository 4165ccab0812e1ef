import { NextResponse } from 'next/server'
import { addNote } from '@/lib/notes'

export async function POST(request: Request) {
  const { text } = (await request.json()) as { text: string }
  return NextResponse.json(addNote(text), { status: 201 })
}
