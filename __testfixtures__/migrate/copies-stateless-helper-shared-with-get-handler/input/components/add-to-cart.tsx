'use client'

import { useState } from 'react'

export function AddToCart({ sku }: { sku: string }) {
  const [count, setCount] = useState(0)

  async function add() {
    const res = await fetch('/api/cart', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sku }),
    })
    const data = await res.json()
    setCount(data.count)
  }

  return <button onClick={add}>Add ({count})</button>
}
