'use client'

import { useState } from 'react'

export function PublishButton({ id, published }: { id: string; published: boolean }) {
  const [isPublished, setIsPublished] = useState(published)
  const [error, setError] = useState<string | null>(null)

  async function publish() {
    const res = await fetch(`/api/posts/${id}/publish`, { method: 'POST' })
    const data = await res.json()

    if (!res.ok) {
      setError(data.error)
      return
    }

    setError(null)
    setIsPublished(data.published)
  }

  if (isPublished) {
    return <span role="status">Published</span>
  }

  return (
    <span className="inline">
      <button type="button" onClick={publish}>
        Publish
      </button>
      {error && <span role="alert">{error}</span>}
    </span>
  )
}
