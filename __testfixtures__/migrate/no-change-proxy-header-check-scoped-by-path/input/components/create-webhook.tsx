'use client'

import { fetchClient } from '@/lib/fetch-client'

export function CreateWebhook({ url }: { url: string }) {
  async function add() {
    const res = await fetchClient('/api/webhooks', {
      method: 'POST',
      body: JSON.stringify({ url }),
    })
    if (!res.ok) alert('Could not add the webhook')
  }
  return <button onClick={add}>Add</button>
}
