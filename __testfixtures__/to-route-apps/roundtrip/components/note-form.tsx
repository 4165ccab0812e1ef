'use client'

import { useState } from 'react'

export function NoteForm() {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string[]>([])

  async function save() {
    setError(null)
    const res = await fetch('/api/notes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    const data = await res.json()
    if (!res.ok) {
      setError(data.error)
      return
    }
    setSaved((list) => [...list, data.text])
    setText('')
  }

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} aria-label="Note" />
      <button onClick={save}>Save</button>
      {error && <p role="alert">{error}</p>}
      <ul>
        {saved.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </div>
  )
}
