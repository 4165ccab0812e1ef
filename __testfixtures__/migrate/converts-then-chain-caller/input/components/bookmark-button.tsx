'use client'

import { useState } from 'react'

export function BookmarkButton({ url }: { url: string }) {
  const [savedId, setSavedId] = useState<string | null>(null)

  function save() {
    fetch('/api/bookmarks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url }),
    })
      .then((r) => r.json())
      .then((data) => setSavedId(data.id))
  }

  return (
    <button onClick={save} disabled={savedId !== null}>
      {savedId ? 'Saved' : 'Save'}
    </button>
  )
}
