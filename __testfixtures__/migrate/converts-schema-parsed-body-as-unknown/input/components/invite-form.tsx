'use client'

import { useState } from 'react'

export function InviteForm() {
  const [email, setEmail] = useState('')

  async function invite() {
    const res = await fetch('/api/invites', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    if (res.ok) setEmail('')
  }

  return (
    <div>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button onClick={invite}>Invite</button>
    </div>
  )
}
