'use client'

import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import axios from 'axios'
import { useId, useState, type FormEvent } from 'react'

type Props = { postId: string; scheduledFor?: string }

export function ScheduleForm(props: Props) {
  const [client] = useState(() => new QueryClient())
  return (
    <QueryClientProvider client={client}>
      <ScheduleFields {...props} />
    </QueryClientProvider>
  )
}

function ScheduleFields({ postId, scheduledFor }: Props) {
  const inputId = useId()
  const [at, setAt] = useState('')
  const [status, setStatus] = useState(scheduledFor ? `Scheduled for ${scheduledFor.slice(0, 16)} UTC` : null)
  const [error, setError] = useState<string | null>(null)

  const { mutate: schedule, isPending } = useMutation({
    mutationFn: (when: string) => axios.post(`/api/posts/${postId}/schedule`, { at: when }).then((res) => res.data),
    onSuccess: (data) => {
      setError(null)
      setStatus(`Scheduled for ${data.scheduledFor.slice(0, 16)} UTC by ${data.scheduledBy}`)
    },
    onError: (err) => {
      if (!axios.isAxiosError(err)) throw err
      // Errors come as JSON ({ error }) from the editor check and as plain text from the route.
      const body = err.response?.data
      setError(typeof body === 'string' ? body : (body?.error ?? err.message))
    },
  })

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    schedule(at)
  }

  return (
    <form onSubmit={handleSubmit} className="inline">
      <label htmlFor={inputId}>Publish at (UTC)</label>
      <input id={inputId} placeholder="2030-01-01T09:00" value={at} onChange={(e) => setAt(e.target.value)} />
      <button type="submit" disabled={isPending}>
        Schedule
      </button>
      {status && <span role="status">{status}</span>}
      {error && <span role="alert">{error}</span>}
    </form>
  )
}
