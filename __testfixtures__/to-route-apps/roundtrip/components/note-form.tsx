'use client'

import { useState } from 'react'

export function NoteForm() {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<{ id: string; text: string }[]>([])

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
    setSaved((list) => [...list, { id: data.id, text: data.text }])
    setText('')
  }

  async function markSeen(id: string) {
    const res = await fetch('/api/notes/seen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id }),
    })
    if (!res.ok) setError('Could not mark the note as seen')
  }

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} aria-label="Note" />
      <button onClick={save}>Save</button>
      {error && <p role="alert">{error}</p>}
      <ul>
        {saved.map((note) => (
          <li key={note.id}>
            {note.text} <button onClick={() => markSeen(note.id)}>Seen</button>
          </li>
        ))}
      </ul>
    </div>
  )
}
