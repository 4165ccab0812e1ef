'use client'

import { useState } from 'react'

export function LikeButton({ id, initialLikes }: { id: string; initialLikes: number }) {
  const [likes, setLikes] = useState(initialLikes)
  const [error, setError] = useState<string | null>(null)

  async function like() {
    const res = await fetch(`/api/posts/${id}/like`, { method: 'POST' })
    const data = await res.json()

    if (!res.ok) {
      setError(data.error)
      return
    }

    setError(null)
    setLikes(data.likes)
  }

  return (
    <span className="inline">
      <button type="button" onClick={like}>
        Like
      </button>
      <span>{likes === 1 ? '1 like' : `${likes} likes`}</span>
      {error && <span role="alert">{error}</span>}
    </span>
  )
}
