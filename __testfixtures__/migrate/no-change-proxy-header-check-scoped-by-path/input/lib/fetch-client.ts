// Every mutation sends the CSRF token the proxy checks.
export async function fetchClient(input: RequestInfo, init?: RequestInit) {
  const token = document.cookie
    .split('; ')
    .find((c) => c.startsWith('csrf='))
    ?.split('=')[1]

  return fetch(input, {
    ...init,
    headers: {
      ...(init?.headers || {}),
      'x-csrf-token': token ?? '',
      'Content-Type': 'application/json',
    },
  })
}
