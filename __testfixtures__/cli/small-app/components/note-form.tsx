'use client'

import { useState } from 'react'

export function NoteForm() {
  const [error, setError] = useState('')

  async function save(text: string) {
    const res = await fetch('/api/notes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    const data = await res.json()
    if (!res.ok) setError(data.error)
  }

  return <button onClick={() => save('hi')}>{error || 'Save'}</button>
}
