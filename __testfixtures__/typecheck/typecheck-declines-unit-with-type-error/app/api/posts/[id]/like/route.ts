import { NextResponse } from 'next/server'
import { likePost } from '@/lib/posts'

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const post = likePost(id)
  if (!post) {
    return NextResponse.json({ error: 'Post not found' }, { status: 404 })
  }
  return NextResponse.json({ likes: post.likes })
}
