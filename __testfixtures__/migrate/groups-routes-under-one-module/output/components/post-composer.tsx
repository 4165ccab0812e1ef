'use client'

import { useState } from 'react'
import { createPost, likePost } from '@/app/actions/posts'

export function PostComposer() {
  const [title, setTitle] = useState('')
  const [lastId, setLastId] = useState<string | null>(null)

  async function publish() {
    const res = await createPost({ title })
    const post = res.data
    setLastId(post.id)
  }

  async function likeLast() {
    if (lastId) await likePost({ id: String(lastId) })
  }

  return (
    <div>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={publish}>Publish</button>
      <button onClick={likeLast}>Like it</button>
    </div>
  )
}
