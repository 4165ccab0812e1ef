import { NextResponse } from 'next/server'
import { addNote } from '@/lib/notes'

export async function POST(request: Request) {
  const { text } = (await request.json()) as { text?: string }

  if (typeof text !== 'string' || !text.trim()) {
    return NextResponse.json({ error: 'Text required' }, { status: 400 })
  }

  const note = addNote(text.trim())
  return NextResponse.json(note, { status: 201 })
}
