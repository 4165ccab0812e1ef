'use client'

import { useState } from 'react'

export function QuickNote() {
  const [text, setText] = useState('')
  const save = async () => {
    const res = await fetch('/api/notes', { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-request-id': crypto.randomUUID() }, body: JSON.stringify({ text }) })
    if (res.ok) setText('')
  }

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save note</button>
    </div>
  )
}
