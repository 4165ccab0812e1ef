'use client'

import { useState } from 'react'

export function NewPost() {
  const [title, setTitle] = useState('')

  async function submit() {
    const res = await fetch('/api/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    })
    if (res.ok) setTitle('')
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={submit}>Create</button>
    </div>
  )
}
