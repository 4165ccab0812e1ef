'use client'

import { useState } from 'react'
import { saveCart } from '@/app/actions/cart'

export function AddToCart({ sku }: { sku: string }) {
  const [count, setCount] = useState(0)

  async function add() {
    const res = await saveCart({ sku })
    const data = res.data
    setCount(data.count)
  }

  return <button onClick={add}>Add ({count})</button>
}
