'use server'

import { addLike } from '@/lib/posts'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function likePost(params: { id: string }): Promise<RouteResult> {
  const { id } = params
  return { ok: true, status: 200, data: { likes: addLike(id) } }
}
