'use client'

import { useState } from 'react'

export function NewInvoice() {
  const [amount, setAmount] = useState('')
  const [status, setStatus] = useState('')

  async function create() {
    const res = await fetch('/api/invoices', {
      method: 'POST',
      body: JSON.stringify({ amount: Number(amount) }),
    })
    const data = await res.json()
    setStatus(res.ok ? `Issued ${data.issuedAt.slice(0, 10)}` : data.error)
  }

  return (
    <div>
      <input value={amount} onChange={(e) => setAmount(e.target.value)} />
      <button onClick={create}>Create invoice</button>
      <p role="status">{status}</p>
    </div>
  )
}
