'use client'

import { useActionState } from 'react'
import { sendNewsletter, type SendNewsletterResult } from '@/app/actions/newsletter'

async function submit(_previous: SendNewsletterResult | null, formData: FormData) {
  return sendNewsletter({ subject: String(formData.get('subject') ?? '') })
}

export function NewsletterForm() {
  const [result, formAction, pending] = useActionState(submit, null)

  return (
    <form action={formAction} className="stack">
      <label>
        Subject
        <input name="subject" />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send newsletter'}
      </button>
      {result && 'error' in result && <p role="alert">{result.error}</p>}
      {result && 'sent' in result && (
        <p role="status">Sent to {result.sent === 1 ? '1 subscriber' : `${result.sent} subscribers`}</p>
      )}
    </form>
  )
}
