import { NextResponse } from 'next/server'
import { addComment, getPost } from '@/lib/db'

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { text } = (await request.json()) as { text?: string }

  if (typeof text !== 'string' || !text.trim()) {
    return NextResponse.json({ error: 'Comment cannot be empty' }, { status: 400 })
  }
  if (!getPost(id)) {
    return NextResponse.json({ error: 'Post not found' }, { status: 404 })
  }

  const comment = addComment(id, text.trim())
  return NextResponse.json(comment, { status: 201 })
}
