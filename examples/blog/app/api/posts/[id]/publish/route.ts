import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'
import { publishPost } from '@/lib/db'

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = (await cookies()).get('session')

  if (!session) {
    return NextResponse.json({ error: 'Sign in to publish' }, { status: 401 })
  }

  const { id } = await params
  const post = publishPost(id)

  if (!post) {
    return NextResponse.json({ error: 'Post not found' }, { status: 404 })
  }

  return NextResponse.json({ published: true })
}
