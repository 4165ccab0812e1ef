import { NextResponse } from 'next/server'
import { recordVote } from '@/lib/votes'

export async function POST(request: Request) {
  const { choice } = (await request.json()) as { choice: 'yes' | 'no' }
  if (choice !== 'yes' && choice !== 'no') {
    return NextResponse.json({ error: 'Pick yes or no' }, { status: 400 })
  }
  return NextResponse.json(recordVote(choice), { status: 201 })
}
