'use client'

import { useState } from 'react'
import { createPost } from '@/app/actions/posts'
import { statusTextOf } from '@/app/actions/status-text'

export function NewPostForm() {
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function submit() {
    const res = await createPost({ title })
    const data = res.data
    if (!res.ok) {
      // The route's body says why; the reason phrase is the fallback.
      setError(data.error || `Could not create the post: ${res.status} ${statusTextOf(res.status)}`)
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
