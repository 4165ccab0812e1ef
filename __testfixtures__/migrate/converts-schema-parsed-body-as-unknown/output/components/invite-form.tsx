'use client'

import { useState } from 'react'
import { createInvite } from '@/app/actions/invites'

export function InviteForm() {
  const [email, setEmail] = useState('')

  async function invite() {
    const res = await createInvite({ email })
    if (res.ok) setEmail('')
  }

  return (
    <div>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button onClick={invite}>Invite</button>
    </div>
  )
}
