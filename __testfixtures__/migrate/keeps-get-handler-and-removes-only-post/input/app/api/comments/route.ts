import { NextResponse } from 'next/server'
import { addComment, listComments } from '@/lib/comments'
import { cleanText } from '@/lib/clean-text'

export const dynamic = 'force-dynamic'

export async function GET() {
  return NextResponse.json(listComments())
}

export async function POST(request: Request) {
  const { text } = await request.json()
  const clean = cleanText(text)
  if (!clean) {
    return NextResponse.json({ error: 'Say something' }, { status: 400 })
  }
  return NextResponse.json(addComment(clean), { status: 201 })
}
