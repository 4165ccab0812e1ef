import { NextResponse } from 'next/server'
import { createPost } from '@/lib/db'

export async function POST(request: Request) {
  const { title } = (await request.json()) as { title: string }
  const post = createPost(title)
  return NextResponse.json(post, { status: 201 })
}
