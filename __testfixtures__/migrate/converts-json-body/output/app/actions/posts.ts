'use server'

import { insertPost, type NewPost } from '@/lib/db'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createPost(post: NewPost): Promise<RouteResult> {
  if (!post.title?.trim()) {
    return { ok: false, status: 400, data: { error: 'Title required' } }
  }

  const saved = insertPost(post)
  return { ok: true, status: 201, data: saved }
}
