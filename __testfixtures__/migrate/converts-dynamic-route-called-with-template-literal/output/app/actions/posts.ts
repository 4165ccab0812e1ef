'use server'

import { addLike } from '@/lib/likes'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function likePost(params: { id: string }): Promise<RouteResult> {
  const { id } = params
  const likes = addLike(id)
  if (likes === null) {
    return { ok: false, status: 404, data: { error: 'Post not found' } }
  }
  return { ok: true, status: 200, data: { likes } }
}
