'use server'

import { addNote } from '@/lib/notes'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createNote(input: { text: string }): Promise<RouteResult> {
  const { text } = input
  return { ok: true, status: 201, data: addNote(text) }
}
