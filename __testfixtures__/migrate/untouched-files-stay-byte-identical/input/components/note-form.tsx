'use client'

import { useState } from 'react'

export function NoteForm() {
  const [text, setText] = useState('')

  async function save() {
    const res = await fetch('/api/notes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    if (res.ok) setText('')
  }

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save</button>
    </div>
  )
}
