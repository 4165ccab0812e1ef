'use client'

import { useState } from 'react'
import { saveNewsletter } from '@/app/actions/newsletter'

export function NewsletterForm() {
  const [email, setEmail] = useState('')
  const [message, setMessage] = useState('')

  async function submit() {
    const res = await saveNewsletter({ email })
    if (res.status === 409) {
      setMessage('You are already on the list')
      return
    }
    if (!res.ok) {
      setMessage(typeof res.data === 'string' ? res.data : JSON.stringify(res.data))
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
