'use client'

import { useState } from 'react'

export function PostComposer() {
  const [title, setTitle] = useState('')
  const [lastId, setLastId] = useState<string | null>(null)

  async function publish() {
    const res = await fetch('/api/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    })
    const post = await res.json()
    setLastId(post.id)
  }

  async function likeLast() {
    if (lastId) await fetch(`/api/posts/${lastId}/like`, { method: 'POST' })
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={publish}>Publish</button>
      <button onClick={likeLast}>Like it</button>
    </div>
  )
}
