'use client'

import { useState } from 'react'
import { createNote } from '@/app/actions/notes'

export function NoteForm() {
  const [text, setText] = useState('')

  async function save() {
    const res = await createNote({ text })
    if (res.ok) setText('')
  }

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save</button>
    </div>
  )
}
