'use client'

export function Retry({ url }: { url: string }) {
  return <button onClick={() => fetch(url, { method: 'POST' })}>Retry</button>
}
