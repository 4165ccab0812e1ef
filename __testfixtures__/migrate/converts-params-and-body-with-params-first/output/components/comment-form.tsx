'use client'

import { useState } from 'react'
import { createComment } from '@/app/actions/posts'

export function CommentForm({ postId }: { postId: string }) {
  const [text, setText] = useState('')

  async function send() {
    const res = await createComment({ id: String(postId) }, { text })
    if (res.status === 201) setText('')
  }

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={send}>Comment</button>
    </div>
  )
}
