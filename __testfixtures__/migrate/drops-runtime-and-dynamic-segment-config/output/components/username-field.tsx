'use client'

import { useState } from 'react'
import { saveUsername } from '@/app/actions/username'

export function UsernameField() {
  const [hint, setHint] = useState('')

  async function check(username: string) {
    const res = await saveUsername({ username })
    const { available } = res.data
    setHint(available ? 'Available' : 'Taken')
  }

  return (
    <label>
      Username <input onBlur={(e) => check(e.target.value)} />
      <span>{hint}</span>
    </label>
  )
}
