'use client'

import { useState } from 'react'
import { createVote } from '@/app/actions/votes'

export function Poll() {
  const [tally, setTally] = useState({ yes: 0, no: 0 })

  async function vote(choice: 'yes' | 'no') {
    const res = await createVote({ choice })
    if (res.ok) setTally(res.data)
  }

  return (
    <div>
      <button onClick={() => vote('yes')}>Yes ({tally.yes})</button>
      <button onClick={() => vote('no')}>No ({tally.no})</button>
    </div>
  )
}
