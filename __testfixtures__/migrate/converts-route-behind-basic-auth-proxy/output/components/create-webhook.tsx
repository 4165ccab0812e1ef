'use client'

import { createWebhook } from '@/app/actions/webhooks'

export function CreateWebhook({ url }: { url: string }) {
  async function add() {
    const res = await createWebhook({ url })
    if (!res.ok) alert('Could not add the webhook')
  }
  return <button onClick={add}>Add</button>
}
