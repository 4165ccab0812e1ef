'use server'

import { saveBookmark } from '@/lib/bookmarks'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createBookmark(input: { url: string }): Promise<RouteResult> {
  const { url } = input
  const bookmark = saveBookmark(url)
  return { ok: true, status: 201, data: { id: bookmark.id } }
}
