'use client'

import { useState } from 'react'
import { createTag } from '@/app/actions/tags'

export function TagForm() {
  const [name, setName] = useState('')

  async function add() {
    const res = await createTag({ name })
    if (res.ok) setName('')
  }

  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={add}>Add tag</button>
    </div>
  )
}
