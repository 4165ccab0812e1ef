'use client'

import { useState } from 'react'

export function NewsletterForm() {
  const [email, setEmail] = useState('')
  const [message, setMessage] = useState('')

  async function submit() {
    const res = await fetch('/api/newsletter', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    if (res.status === 409) {
      setMessage('You are already on the list')
      return
    }
    if (!res.ok) {
      setMessage(await res.text())
      return
    }
    setMessage('Subscribed')
  }

  return (
    <div>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <button onClick={submit}>Subscribe</button>
      <p role="status">{message}</p>
    </div>
  )
}
