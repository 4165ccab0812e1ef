'use server'

import { addComment } from '@/lib/comments'
import { cleanText } from '@/lib/clean-text'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createComment(input: any): Promise<RouteResult> {
  const { text } = input
  const clean = cleanText(text)
  if (!clean) {
    return { ok: false, status: 400, data: { error: 'Say something' } }
  }
  return { ok: true, status: 201, data: addComment(clean) }
}
