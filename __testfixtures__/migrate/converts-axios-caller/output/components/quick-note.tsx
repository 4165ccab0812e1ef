'use client'

import { useState } from 'react'
import { createNote } from '@/app/actions/notes'
import { asAxiosResponse } from '@/app/actions/as-axios-response'

export function QuickNote() {
  const [text, setText] = useState('')
  const save = () => createNote({ text }).then(asAxiosResponse).then(() => setText(''))

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save note</button>
    </div>
  )
}
