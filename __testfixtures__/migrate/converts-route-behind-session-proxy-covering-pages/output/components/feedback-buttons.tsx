'use client'

import { saveFeedbackAction } from '@/app/actions/feedback'

export function FeedbackButtons() {
  async function send(score: number) {
    const res = await saveFeedbackAction({ score })
    if (!res.ok) alert(typeof res.data === 'string' ? res.data : JSON.stringify(res.data))
  }
  return (
    <div>
      <button onClick={() => send(1)}>Good</button>
      <button onClick={() => send(-1)}>Bad</button>
    </div>
  )
}
