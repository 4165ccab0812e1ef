'use client'

import { useState } from 'react'

export function PingWebhook({ id }: { id: string }) {
  const [notice, setNotice] = useState('')
  async function ping() {
    const res = await fetch('/api/webhooks/ping', { method: 'POST', body: JSON.stringify({ id }) })
    const { pinged } = await res.json()
    setNotice(`Pinged ${pinged}`)
  }
  return <button onClick={ping}>{notice || 'Ping'}</button>
}
