'use client'

import { useState } from 'react'
import { likePost } from '@/app/actions/posts-actions'

export function LikeButton({ id }: { id: string }) {
  const [likes, setLikes] = useState(0)

  async function like() {
    const res = await likePost({ id: String(id) })
    const data = res.data
    setLikes(data.likes)
  }

  return <button onClick={like}>♥ {likes}</button>
}
