import { NextResponse } from 'next/server'
import { createPost, listPosts } from '@/lib/db'

export async function GET() {
  return NextResponse.json(listPosts())
}

export async function POST(request: Request) {
  const { title, body } = (await request.json()) as { title?: string; body?: string }

  if (typeof title !== 'string' || !title.trim()) {
    return NextResponse.json({ error: 'Title required' }, { status: 400 })
  }

  const post = createPost({ title: title.trim(), body: body?.trim() ?? '' })
  return NextResponse.json(post, { status: 201 })
}
