'use server'

import { createPost } from '@/lib/db'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createPostAction(input: { title: string }): Promise<RouteResult> {
  const { title } = input
  const post = createPost(title)
  return { ok: true, status: 201, data: post }
}
