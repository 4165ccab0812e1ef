'use client'

import { useState } from 'react'

export function ReviewForm() {
  const [stars, setStars] = useState(5)
  const [error, setError] = useState(null)

  async function submit() {
    const res = await fetch('/api/reviews', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ stars, text: '' }),
    })
    if (!res.ok) setError((await res.json()).error)
  }

  return (
    <div>
      <input type="number" value={stars} onChange={(e) => setStars(Number(e.target.value))} />
      <button onClick={submit}>Review</button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
