'use client'

import { useState, type FormEvent } from 'react'
import { createMessage } from '@/app/actions/messages'

export function ContactForm() {
  const [status, setStatus] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const res = await createMessage(new FormData(form))
    const data = res.data
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
