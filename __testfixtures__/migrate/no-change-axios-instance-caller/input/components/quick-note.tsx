'use client'

import { useState } from 'react'
import { api } from '@/lib/api'

export function QuickNote() {
  const [text, setText] = useState('')
  const save = () => api.post('/notes', { text }).then(() => setText(''))

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save note</button>
    </div>
  )
}
