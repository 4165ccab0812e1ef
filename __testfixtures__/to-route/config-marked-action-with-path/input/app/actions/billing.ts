'use server'

import { refund } from '@/lib/billing'

// No JSDoc tag: the config marks this action external, at the path the support tool already uses.
export async function refundOrder(input: { orderId: string; amountCents: number }) {
  if (typeof input?.orderId !== 'string' || !Number.isInteger(input.amountCents) || input.amountCents <= 0) {
    return { error: 'orderId and a positive amountCents are required' }
  }
  return refund(input.orderId, input.amountCents)
}
