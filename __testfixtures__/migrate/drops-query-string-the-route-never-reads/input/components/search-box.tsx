'use client'

import { useState } from 'react'

export function SearchBox() {
  const [q, setQ] = useState('')

  async function search() {
    await fetch('/api/search?q=' + encodeURIComponent(q), { method: 'POST' })
  }

  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={search}>Search</button>
    </div>
  )
}
