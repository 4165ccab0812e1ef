'use client'

import { useState } from 'react'
import { createInvoiceAction } from '@/app/actions/invoices'

export function NewInvoice() {
  const [amount, setAmount] = useState('')
  const [status, setStatus] = useState('')

  async function create() {
    const res = await createInvoiceAction({ amount: Number(amount) })
    const data = res.data
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
