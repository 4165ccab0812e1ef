'use client'

import { useState } from 'react'
import { likePost } from '@/app/actions/posts'

export function LikeButton({ postId }: { postId: string }) {
  const [likes, setLikes] = useState(0)

  async function like() {
    const res = await likePost({ id: String(postId) })
    if (res.ok) {
      const data = res.data
      setLikes(data.likes)
    }
  }

  return <button onClick={like}>♥ {likes}</button>
}
