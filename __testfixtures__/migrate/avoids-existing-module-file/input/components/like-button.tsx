'use client'

import { useState } from 'react'

export function LikeButton({ id }: { id: string }) {
  const [likes, setLikes] = useState(0)

  async function like() {
    const res = await fetch(`/api/posts/${id}/like`, { method: 'POST' })
    const data = await res.json()
    setLikes(data.likes)
  }

  return <button onClick={like}>♥ {likes}</button>
}
