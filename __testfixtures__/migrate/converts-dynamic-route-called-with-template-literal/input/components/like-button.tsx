'use client'

import { useState } from 'react'

export function LikeButton({ postId }: { postId: string }) {
  const [likes, setLikes] = useState(0)

  async function like() {
    const res = await fetch(`/api/posts/${postId}/like`, { method: 'POST' })
    if (res.ok) {
      const data = await res.json()
      setLikes(data.likes)
    }
  }

  return <button onClick={like}>♥ {likes}</button>
}
