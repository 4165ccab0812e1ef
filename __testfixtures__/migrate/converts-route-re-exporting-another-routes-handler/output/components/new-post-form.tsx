'use client'

import { useState } from 'react'
import { createDraft } from '@/app/actions/drafts'

export function NewPostForm() {
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function submit() {
    const res = await createDraft({ title })
    const data = res.data
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
