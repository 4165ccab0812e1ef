'use client'

export function CreateWebhook({ url, csrf }: { url: string; csrf: string }) {
  async function add() {
    const res = await fetch('/api/webhooks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url }),
    })
    if (!res.ok) alert('Could not add the webhook')
  }
  return <button onClick={add}>Add</button>
}
