'use client'

import { useState } from 'react'
import { createPostAction } from '@/app/actions/posts'

export function NewPost() {
  const [title, setTitle] = useState('')

  async function submit() {
    const res = await createPostAction({ title })
    if (res.ok) setTitle('')
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={submit}>Create</button>
    </div>
  )
}
