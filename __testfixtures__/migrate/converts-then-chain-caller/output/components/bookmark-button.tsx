'use client'

import { useState } from 'react'
import { createBookmark } from '@/app/actions/bookmarks'

export function BookmarkButton({ url }: { url: string }) {
  const [savedId, setSavedId] = useState<string | null>(null)

  function save() {
    createBookmark({ url })
      .then((r) => r.data)
      .then((data) => setSavedId(data.id))
  }

  return (
    <button onClick={save} disabled={savedId !== null}>
      {savedId ? 'Saved' : 'Save'}
    </button>
  )
}
