'use client'

import axios from 'axios'
import { useState } from 'react'

export function QuickNote() {
  const [text, setText] = useState('')
  const save = () => axios.post('/api/notes', { text }).then(() => setText(''))

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save note</button>
    </div>
  )
}
