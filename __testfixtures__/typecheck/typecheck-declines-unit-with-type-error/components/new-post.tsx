'use client'

import { useState } from 'react'

export function NewPost() {
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function save() {
    const res = await fetch('/api/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    })
    const data = await res.json()
    if (!res.ok) setError(data.error)
    else setTitle('')
  }

  return (
    <div>
      <input value={title} onChange={(e: { target: { value: string } }) => setTitle(e.target.value)} />
      <button onClick={save}>Save</button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
