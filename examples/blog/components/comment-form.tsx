'use client'

import axios from 'axios'
import { useRouter } from 'next/navigation'
import { useId, useState, type FormEvent } from 'react'

export function CommentForm({ postId }: { postId: string }) {
  const router = useRouter()
  const inputId = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)

    try {
      await axios.post(`/api/posts/${postId}/comments`, { text })
      setText('')
      router.refresh()
    } catch (err) {
      if (!axios.isAxiosError<{ error: string }>(err)) throw err
      setError(err.response?.data.error ?? err.message)
    }
  }

  return (
    <form onSubmit={handleSubmit} className="inline">
      <label htmlFor={inputId}>Comment</label>
      <input id={inputId} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Add comment</button>
      {error && <p role="alert">{error}</p>}
    </form>
  )
}
