import { NextResponse } from 'next/server'
import { isTaken } from '@/lib/users'

export const runtime = 'edge'
export const dynamic = 'force-dynamic'

export async function POST(request: Request) {
  const { username } = (await request.json()) as { username: string }
  return NextResponse.json({ available: !isTaken(username) })
}
