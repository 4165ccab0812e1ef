'use server'

import { addTag } from '@/lib/tags'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createTag(input: { name: string }): Promise<RouteResult> {
  const { name } = input
  return { ok: true, status: 201, data: addTag(name) }
}
