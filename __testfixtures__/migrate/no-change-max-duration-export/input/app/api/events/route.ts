import { NextResponse } from 'next/server'
import { logEvent } from '@/lib/events'

export const maxDuration = 5

export async function POST(request: Request) {
  const { name } = (await request.json()) as { name: string }
  logEvent(name)
  return NextResponse.json({ logged: true })
}
