import { NextResponse } from 'next/server'
import { insertPost, type NewPost } from '@/lib/db'

export async function POST(request: Request) {
  const post: NewPost = await request.json()
  if (!post.title?.trim()) {
    return NextResponse.json({ error: 'Title required' }, { status: 400 })
  }

  const saved = insertPost(post)
  return NextResponse.json(saved, { status: 201 })
}
