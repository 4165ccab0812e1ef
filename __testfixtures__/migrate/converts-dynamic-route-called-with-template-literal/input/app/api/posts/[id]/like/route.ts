import { NextResponse } from 'next/server'
import { addLike } from '@/lib/likes'

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const likes = addLike(id)
  if (likes === null) {
    return NextResponse.json({ error: 'Post not found' }, { status: 404 })
  }
  return NextResponse.json({ likes })
}
