'use client'

import { useState } from 'react'

export function CommentForm({ postId }: { postId: string }) {
  const [text, setText] = useState('')

  async function send() {
    const res = await fetch(`/api/posts/${postId}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    if (res.status === 201) setText('')
  }

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={send}>Comment</button>
    </div>
  )
}
