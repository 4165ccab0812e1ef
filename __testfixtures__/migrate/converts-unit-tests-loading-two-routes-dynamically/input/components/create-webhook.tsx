'use client'

import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'

export function CreateWebhook() {
  const [url, setUrl] = useState('')
  const [notice, setNotice] = useState('')

  const { mutate: createWebhook, isPending } = useMutation({
    mutationFn: (target: string) =>
      fetch('/api/webhooks', {
        method: 'POST',
        body: JSON.stringify({ url: target }),
      }),
    onSuccess: async (res) => {
      if (!res.ok) {
        const { error } = await res.json()
        setNotice(error)
        return
      }
      setNotice('Webhook created')
      setUrl('')
    },
    onError: () => setNotice('Network error'),
  })

  return (
    <div>
      <input value={url} onChange={(e) => setUrl(e.target.value)} />
      <button disabled={isPending} onClick={() => createWebhook(url)}>
        Add
      </button>
      <p role="status">{notice}</p>
    </div>
  )
}
