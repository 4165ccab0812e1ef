'use client'

import { useState } from 'react'

export function CommentForm({ postId }: { postId: number }) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function send() {
    const res = await fetch(`/api/posts/${postId}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    const data = await res.json()
    if (!res.ok) setError(data.error)
    else setText('')
  }

  return (
    <div>
      <textarea value={text} onChange={(e: { target: { value: string } }) => setText(e.target.value)} />
      <button onClick={send}>Comment</button>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
