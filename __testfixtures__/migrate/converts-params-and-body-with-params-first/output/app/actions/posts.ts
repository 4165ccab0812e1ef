'use server'

import { addComment } from '@/lib/comments'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createComment(params: { id: string }, input: { text: string }): Promise<RouteResult> {
  const { id } = params
  const { text } = input
  const comment = addComment(id, text)
  return { ok: true, status: 201, data: comment }
}
