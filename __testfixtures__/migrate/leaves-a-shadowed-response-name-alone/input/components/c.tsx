'use client'

export async function go() {
  const res = await fetch('/api/x', { method: 'POST', body: JSON.stringify({ a: 1 }) })
  const data = await res.json()
  const other = await fetch('https://example.com/feed').then((res) => res.json())
  return [data, other, res.ok]
}
