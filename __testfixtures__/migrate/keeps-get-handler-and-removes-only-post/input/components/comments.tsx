'use client'

import { useEffect, useState } from 'react'
import type { Comment } from '@/lib/comments'

export function Comments() {
  const [comments, setComments] = useState<Comment[]>([])
  const [text, setText] = useState('')

  useEffect(() => {
    fetch('/api/comments')
      .then((r) => r.json())
      .then(setComments)
  }, [])

  async function post() {
    const res = await fetch('/api/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    if (res.ok) {
      const comment = await res.json()
      setComments([...comments, comment])
      setText('')
    }
  }

  return (
    <section>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>{c.text}</li>
        ))}
      </ul>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={post}>Comment</button>
    </section>
  )
}
