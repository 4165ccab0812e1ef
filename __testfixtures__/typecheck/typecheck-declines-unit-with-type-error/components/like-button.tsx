'use client'

import { useState } from 'react'

export function LikeButton({ id }: { id: string }) {
  const [liked, setLiked] = useState(false)

  async function like() {
    // The annotation holds the fetch Response; an action's result is not one.
    const res: Response = await fetch(`/api/posts/${id}/like`, { method: 'POST' })
    if (res.ok) setLiked(true)
  }

  return <button onClick={like}>{liked ? 'Liked' : 'Like'}</button>
}
