export async function fetchClient(input: string, init?: RequestInit) {
  const csrf = document.cookie.split('; ').find((c) => c.startsWith('csrf='))?.split('=')[1];
  return fetch(input, { ...init, headers: { ...(init?.headers ?? {}), 'x-csrf-token': csrf ?? '' } });
}
