import { NextResponse } from 'next/server'
import { insertPost } from '@/lib/posts'
import { slugify } from '../../../lib/slug'

export async function POST(request: Request) {
  const { title } = (await request.json()) as { title: string }
  const post = insertPost({ title, slug: slugify(title) })
  return NextResponse.json(post, { status: 201 })
}
