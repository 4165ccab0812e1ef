'use client'

import { useState } from 'react'

export function Poll() {
  const [tally, setTally] = useState({ yes: 0, no: 0 })

  async function vote(choice: 'yes' | 'no') {
    const res = await fetch('/api/votes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ choice }),
    })
    if (res.ok) setTally(await res.json())
  }

  return (
    <div>
      <button onClick={() => vote('yes')}>Yes ({tally.yes})</button>
      <button onClick={() => vote('no')}>No ({tally.no})</button>
    </div>
  )
}
