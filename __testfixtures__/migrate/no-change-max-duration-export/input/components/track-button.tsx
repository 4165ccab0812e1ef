'use client'

export function TrackButton() {
  async function track() {
    await fetch('/api/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'clicked' }),
    })
  }

  return <button onClick={track}>Click me</button>
}
