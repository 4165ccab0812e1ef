'use client'

import { useState } from 'react'

type Status = { kind: 'idle' } | { kind: 'reported' } | { kind: 'error'; message: string }

export function ReportButton({ postId }: { postId: string }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  async function report() {
    const res = await fetch('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ postId, reason: 'Flagged by a reader' }),
    })
    const data = await res.json()

    setStatus(res.ok ? { kind: 'reported' } : { kind: 'error', message: data.error })
  }

  return (
    <span className="inline">
      <button type="button" onClick={report}>
        Report
      </button>
      {status.kind === 'reported' && <span role="status">Reported</span>}
      {status.kind === 'error' && <span role="alert">{status.message}</span>}
    </span>
  )
}
