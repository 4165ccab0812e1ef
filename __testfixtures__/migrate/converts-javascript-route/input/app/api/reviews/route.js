import { NextResponse } from 'next/server'
import { addReview } from '@/lib/reviews'

export async function POST(request) {
  const { stars, text } = await request.json()
  if (!(stars >= 1 && stars <= 5)) {
    return NextResponse.json({ error: 'Give 1 to 5 stars' }, { status: 400 })
  }
  return NextResponse.json(addReview({ stars, text }), { status: 201 })
}
