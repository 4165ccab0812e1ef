'use client'

import { useState } from 'react'

export function NewPostForm() {
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function submit() {
    const res = await fetch('/api/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    })
    const data = await res.json()
    if (!res.ok) {
      setError(data.error)
      return
    }
    setTitle('')
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={submit}>Create</button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
