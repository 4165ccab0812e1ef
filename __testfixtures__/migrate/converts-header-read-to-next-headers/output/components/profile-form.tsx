'use client'

import { useState } from 'react'
import { saveProfile } from '@/app/actions/profile'

export function ProfileForm() {
  const [name, setName] = useState('')
  const [saved, setSaved] = useState(false)

  async function save() {
    const res = await saveProfile({ name })
    setSaved(res.ok)
  }

  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={save}>{saved ? 'Saved' : 'Save'}</button>
    </div>
  )
}
