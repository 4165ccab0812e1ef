import { NextResponse } from 'next/server'
import { addLike } from '@/lib/posts'

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return NextResponse.json({ likes: addLike(id) })
}
