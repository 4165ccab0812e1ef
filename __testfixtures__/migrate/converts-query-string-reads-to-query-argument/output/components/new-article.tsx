'use client'

import { useState } from 'react'
import { createArticle } from '@/app/actions/articles'

export function NewArticle() {
  const [title, setTitle] = useState('')
  const [draft, setDraft] = useState(false)

  async function create() {
    const res = await createArticle({ title }, `draft=${draft ? 1 : 0}`)
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
