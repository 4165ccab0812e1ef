'use client'

import { useState } from 'react'

export function TagForm() {
  const [name, setName] = useState('')

  async function add() {
    const res = await fetch('/api/tags', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
    })
    if (res.ok) setName('')
  }

  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={add}>Add tag</button>
    </div>
  )
}
