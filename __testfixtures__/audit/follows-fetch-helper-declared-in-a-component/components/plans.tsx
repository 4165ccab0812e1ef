'use client'

import { useState } from 'react'

export function Plans() {
  const [loading, setLoading] = useState(false)

  const startCheckout = async (url: string, body: Record<string, unknown>) => {
    setLoading(true)
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const data = await response.json()
      if (data.url) window.location.href = data.url
    } finally {
      setLoading(false)
    }
  }

  return (
    <div>
      <button disabled={loading} onClick={() => startCheckout('/api/checkout', { plan: 'pro' })}>
        Buy
      </button>
      <button disabled={loading} onClick={() => startCheckout('/api/trial', { plan: 'pro' })}>
        Try
      </button>
    </div>
  )
}
