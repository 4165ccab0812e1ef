'use server'

import { inviteSchema } from '@/lib/schemas'
import { sendInvite } from '@/lib/invites'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createInvite(input: unknown): Promise<RouteResult> {
  try {
    const invite = inviteSchema.parse(input)
    await sendInvite(invite.email)
    return { ok: true, status: 200, data: { sent: true } }
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}
