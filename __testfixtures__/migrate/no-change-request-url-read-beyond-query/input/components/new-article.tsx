'use client'

import { useState } from 'react'

export function NewArticle() {
  const [title, setTitle] = useState('')
  const [draft, setDraft] = useState(false)

  async function create() {
    const res = await fetch(`/api/articles?draft=${draft ? 1 : 0}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    })
    if (res.ok) setTitle('')
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} />
      <button onClick={create}>Publish</button>
    </div>
  )
}
