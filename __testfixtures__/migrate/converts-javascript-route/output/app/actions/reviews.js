'use server'

import { addReview } from '@/lib/reviews'

export async function createReview(input) {
  const { stars, text } = input
  if (!(stars >= 1 && stars <= 5)) {
    return { ok: false, status: 400, data: { error: 'Give 1 to 5 stars' } }
  }
  return { ok: true, status: 201, data: addReview({ stars, text }) }
}
