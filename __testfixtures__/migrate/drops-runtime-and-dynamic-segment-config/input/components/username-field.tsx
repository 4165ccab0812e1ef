'use client'

import { useState } from 'react'

export function UsernameField() {
  const [hint, setHint] = useState('')

  async function check(username: string) {
    const res = await fetch('/api/username', { method: 'POST', body: JSON.stringify({ username }) })
    const { available } = await res.json()
    setHint(available ? 'Available' : 'Taken')
  }

  return (
    <label>
      Username <input onBlur={(e) => check(e.target.value)} />
      <span>{hint}</span>
    </label>
  )
}
