import { NextResponse } from 'next/server'
import { saveFeedback } from '@/lib/feedback'

export async function POST(request: Request) {
  const { score } = (await request.json()) as { score: number }
  if (score !== 1 && score !== -1) {
    return new Response('score must be 1 or -1', { status: 400 })
  }
  saveFeedback(score)
  return NextResponse.json({ saved: true })
}
