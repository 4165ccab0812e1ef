'use client'

import { useState, type FormEvent } from 'react'

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string }

export function ProfileForm() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()

    const res = await fetch('/api/profile', { method: 'POST', body: new FormData(event.currentTarget) })
    const data = await res.json()

    setStatus(res.ok ? { kind: 'saved' } : { kind: 'error', message: data.error })
  }

  return (
    <form onSubmit={handleSubmit} className="stack">
      <label>
        Name
        <input name="name" autoComplete="name" />
      </label>
      <label>
        Bio
        <textarea name="bio" rows={3} />
      </label>
      <button type="submit">Save profile</button>
      {status.kind === 'saved' && <p role="status">Saved</p>}
      {status.kind === 'error' && <p role="alert">{status.message}</p>}
    </form>
  )
}
