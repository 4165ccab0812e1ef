import { NextResponse } from 'next/server'
import { markSeen } from '@/lib/notes'

export async function POST(request: Request) {
  const { id } = (await request.json()) as { id?: string }

  if (typeof id !== 'string' || !id) {
    return NextResponse.json({ error: 'id required' }, { status: 400 })
  }
  if (!markSeen(id)) {
    return NextResponse.json({ error: 'Note not found' }, { status: 404 })
  }

  return new NextResponse(null, { status: 204 })
}
