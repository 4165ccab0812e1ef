'use client'

import { useEffect, useState } from 'react'
import { API_ROUTES, apiFetch } from '@/lib/api'
import type { Bookmark } from '@/lib/bookmarks'

export function BookmarkList() {
  const [items, setItems] = useState<Bookmark[]>([])
  const [error, setError] = useState('')

  useEffect(() => {
    apiFetch(API_ROUTES.bookmarks).then(async (res) => setItems(await res.json()))
  }, [])

  async function add(url: string) {
    const res = await apiFetch(API_ROUTES.bookmarks, {
      method: 'POST',
      body: JSON.stringify({ url }),
    })
    const data = await res.json()
    if (!res.ok) {
      setError(data.error)
      return
    }
    setItems((all) => [...all, data])
  }

  return (
    <div>
      {error && <p role="alert">{error}</p>}
      <button onClick={() => add('https://nextjs.org')}>Save</button>
      <ul>{items.map((b) => <li key={b.id}>{b.url}</li>)}</ul>
    </div>
  )
}
