'use server'

import { recordNewsletter } from '@/lib/db'

export type SendNewsletterResult = { sent: number } | { error: string }

/** Sends the newsletter to every subscriber. @external /api/newsletter/send */
export async function sendNewsletter(input: { subject: string }): Promise<SendNewsletterResult> {
  // Server actions are public endpoints, so don't trust the declared type.
  const subject = typeof input?.subject === 'string' ? input.subject.trim() : ''

  if (!subject) {
    return { error: 'Subject required' }
  }

  return { sent: recordNewsletter(subject) }
}
