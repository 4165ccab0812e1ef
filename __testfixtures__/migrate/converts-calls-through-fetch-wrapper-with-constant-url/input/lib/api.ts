export const API_ROUTES = {
  bookmarks: '/api/bookmarks',
} as const

/** Same-origin calls with the session cookie; the browser reads JSON back. */
export const apiFetch = (path: string, init: RequestInit = {}) =>
  fetch(path, { ...init, credentials: 'same-origin', headers: { ...init.headers, Accept: 'application/json' } })
