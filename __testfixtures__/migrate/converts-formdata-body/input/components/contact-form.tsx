'use client'

import { useState, type FormEvent } from 'react'

export function ContactForm() {
  const [status, setStatus] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const res = await fetch('/api/messages', { method: 'POST', body: new FormData(form) })
    const data = await res.json()
    setStatus(res.ok ? `Sent (#${data.id})` : data.error)
  }

  return (
    <form onSubmit={onSubmit}>
      <input type="email" name="email" />
      <textarea name="message" />
      <button type="submit">Send</button>
      {status && <p role="status">{status}</p>}
    </form>
  )
}
