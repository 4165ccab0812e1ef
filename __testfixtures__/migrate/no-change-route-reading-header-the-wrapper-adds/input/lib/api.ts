export const API_ROUTES = {
  bookmarks: '/api/bookmarks',
} as const

/** Tells the server which build of the client is calling. */
export const apiFetch = (path: string, init: RequestInit = {}) =>
  fetch(path, { ...init, headers: { ...init.headers, 'X-Client-Version': '4.2.0' } })
