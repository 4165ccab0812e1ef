'use client'

import { useState } from 'react'

export function NewArticle() {
  const [title, setTitle] = useState('')

  async function create() {
    const res = await fetch('/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    })
    if (res.ok) setTitle('')
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={create}>Publish</button>
    </div>
  )
}
