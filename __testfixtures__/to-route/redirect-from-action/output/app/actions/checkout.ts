'use server'

import { redirect } from 'next/navigation'
import { openCheckout } from '@/lib/checkout'

/** The pricing page of the marketing site posts here. @external /api/checkout */
export async function startCheckout(input: { plan: string }) {
  if (input?.plan !== 'pro' && input?.plan !== 'team') {
    return { error: 'Unknown plan' }
  }
  const session = openCheckout(input.plan)
  // redirect() throws; the generated route must let Next turn it into a redirect response.
  redirect(`/checkout/${session.id}`)
}
