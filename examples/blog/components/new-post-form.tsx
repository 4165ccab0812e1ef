'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

export function NewPostForm() {
  const router = useRouter()
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)

    try {
      const res = await fetch('/api/posts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, body }),
      })
      const data = await res.json()

      if (!res.ok) {
        setError(data.error)
        return
      }

      setTitle('')
      setBody('')
      router.refresh()
    } finally {
      setPending(false)
    }
  }

  return (
    <form onSubmit={handleSubmit} className="stack">
      <label>
        Title
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Body
        <textarea name="body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create post'}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  )
}
