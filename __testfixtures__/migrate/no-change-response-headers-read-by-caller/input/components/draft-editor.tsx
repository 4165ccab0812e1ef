'use client'

import { useState } from 'react'

export function DraftEditor() {
  const [body, setBody] = useState('')
  const [version, setVersion] = useState<string | null>(null)

  async function save() {
    const res = await fetch('/api/drafts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body }),
    })
    setVersion(res.headers.get('etag'))
  }

  return (
    <div>
      <textarea value={body} onChange={(e) => setBody(e.target.value)} />
      <button onClick={save}>Save draft</button>
      {version && <small>version {version}</small>}
    </div>
  )
}
