'use server'

import { recordPayment } from '@/lib/payments'

/** The payment provider notifies us. @external /api/webhooks/payments */
export async function paymentReceived(input: { id: string; amount: number }) {
  return recordPayment(input.id, input.amount)
}
