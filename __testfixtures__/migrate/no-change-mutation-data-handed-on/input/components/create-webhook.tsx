'use client'

import { useMutation } from '@tanstack/react-query'

export function CreateWebhook({ url }: { url: string }) {
  const { mutateAsync } = useMutation({
    mutationFn: (target: string) => fetch('/api/webhooks', { method: 'POST', body: JSON.stringify({ url: target }) }),
  })

  async function add() {
    const res = await mutateAsync(url)
    // The Response itself travels on: its headers, body stream and all.
    window.dispatchEvent(new CustomEvent('webhook-created', { detail: res }))
  }

  return <button onClick={add}>Add</button>
}
