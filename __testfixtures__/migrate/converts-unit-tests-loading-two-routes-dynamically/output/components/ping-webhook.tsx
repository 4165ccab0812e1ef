'use client'

import { useState } from 'react'
import { savePing } from '@/app/actions/webhooks'

export function PingWebhook({ id }: { id: string }) {
  const [notice, setNotice] = useState('')
  async function ping() {
    const res = await savePing({ id })
    const { pinged } = res.data
    setNotice(`Pinged ${pinged}`)
  }
  return <button onClick={ping}>{notice || 'Ping'}</button>
}
