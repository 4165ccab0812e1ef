import { NextResponse } from 'next/server'
import { addComment } from '@/lib/comments'

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { text } = (await request.json()) as { text: string }
  const comment = addComment(id, text)
  return NextResponse.json(comment, { status: 201 })
}
