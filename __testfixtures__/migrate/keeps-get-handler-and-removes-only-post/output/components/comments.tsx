'use client'

import { useEffect, useState } from 'react'
import type { Comment } from '@/lib/comments'
import { createComment } from '@/app/actions/comments'

export function Comments() {
  const [comments, setComments] = useState<Comment[]>([])
  const [text, setText] = useState('')

  useEffect(() => {
    fetch('/api/comments')
      .then((r) => r.json())
      .then(setComments)
  }, [])

  async function post() {
    const res = await createComment({ text })
    if (res.ok) {
      const comment = res.data
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
