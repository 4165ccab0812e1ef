'use server'

import { createInvite } from '@/lib/invites'

/** The HR system invites new staff. @external /api/invites */
export async function inviteMember(input) {
  if (typeof input?.email !== 'string' || !input.email.includes('@')) {
    return { error: 'A valid email is required' }
  }
  return createInvite(input.email)
}
