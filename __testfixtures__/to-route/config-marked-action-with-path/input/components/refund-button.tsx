'use client'

import { useState } from 'react'
import { refundOrder } from '@/app/actions/billing'

export function RefundButton({ orderId, amountCents }: { orderId: string; amountCents: number }) {
  const [message, setMessage] = useState('')

  async function onClick() {
    const result = await refundOrder({ orderId, amountCents })
    setMessage('error' in result ? result.error : `Refunded ${result.refundedCents / 100}`)
  }

  return (
    <>
      <button onClick={onClick}>Refund</button>
      {message && <p role="status">{message}</p>}
    </>
  )
}
