'use server'

import { addMessage } from '@/lib/inbox'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createMessage(form: FormData): Promise<RouteResult> {
  const email = String(form.get('email') ?? '').trim()
  const text = String(form.get('message') ?? '').trim()
  if (!email.includes('@') || !text) {
    return { ok: false, status: 400, data: { error: 'Email and message are required' } }
  }
  const message = addMessage({ email, text })
  return { ok: true, status: 200, data: { id: message.id } }
}
