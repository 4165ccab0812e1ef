import { NextResponse } from 'next/server'
import { createPost } from '@/lib/posts'

export async function POST(request: Request) {
  const { title } = (await request.json()) as { title: string }
  if (!title) {
    return NextResponse.json({ error: 'Title required' }, { status: 400 })
  }
  return NextResponse.json(createPost(title))
}
