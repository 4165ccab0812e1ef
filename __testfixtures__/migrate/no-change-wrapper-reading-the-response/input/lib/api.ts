export const API_ROUTES = {
  bookmarks: '/api/bookmarks',
} as const

/** Throws on a failed request, so callers only see the happy path. */
export async function apiFetch(path: string, init: RequestInit = {}) {
  const res = await fetch(path, { ...init, headers: { ...init.headers, Accept: 'application/json' } })
  if (!res.ok) throw new Error(`Request failed: ${res.status}`)
  return res
}
