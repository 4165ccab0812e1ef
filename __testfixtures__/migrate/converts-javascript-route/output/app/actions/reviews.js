'use server'

import { NextResponse } from 'next/server'
import { addReview } from '@/lib/reviews'

/** What the route's client read from a response: its status, and its body as JSON when it is JSON (whatever its content type), else as text. */
async function routeResult(response) {
  const answer = await response
  const text = await answer.text()
  let data = text
  try {
    data = JSON.parse(text)
  } catch {
    // not JSON: the client read it with res.text()
  }
  return { ok: answer.ok, status: answer.status, data }
}

export async function createReview(input) {
  try {
    const { stars, text } = input
    if (!(stars >= 1 && stars <= 5)) {
      return { ok: false, status: 400, data: { error: 'Give 1 to 5 stars' } }
    }
    return routeResult(NextResponse.json(addReview({ stars, text }), { status: 201 }))
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof error?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}
