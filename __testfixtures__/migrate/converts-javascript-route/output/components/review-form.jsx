'use client'

import { useState } from 'react'
import { createReview } from '@/app/actions/reviews'

export function ReviewForm() {
  const [stars, setStars] = useState(5)
  const [error, setError] = useState(null)

  async function submit() {
    const res = await createReview({ stars, text: '' })
    if (!res.ok) setError((res.data).error)
  }

  return (
    <div>
      <input type="number" value={stars} onChange={(e) => setStars(Number(e.target.value))} />
      <button onClick={submit}>Review</button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
