'use client'

import { useState } from 'react'
import { saveSearch } from '@/app/actions/search'

export function SearchBox() {
  const [q, setQ] = useState('')

  async function search() {
    await saveSearch()
  }

  return (
    <div>
      <input value={q} onChange={(e) => setQ(e.target.value)} />
      <button onClick={search}>Search</button>
    </div>
  )
}
