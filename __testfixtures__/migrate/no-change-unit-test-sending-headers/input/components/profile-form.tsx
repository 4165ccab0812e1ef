'use client'

import { useState } from 'react'

export function ProfileForm() {
  const [name, setName] = useState('')
  const [saved, setSaved] = useState(false)

  async function save() {
    const res = await fetch('/api/profile', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
    })
    setSaved(res.ok)
  }

  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={save}>{saved ? 'Saved' : 'Save'}</button>
    </div>
  )
}
