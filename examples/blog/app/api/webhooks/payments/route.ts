import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { NextResponse } from 'next/server'
import { recordPayment } from '@/lib/db'

type PaymentEvent = { id?: string; amount?: number }

function isValidSignature(payload: string, signature: string | null): boolean {
  if (!signature) return false

  const secret = process.env.PAYMENTS_WEBHOOK_SECRET ?? 'whsec_demo'
  const expected = createHmac('sha256', secret).update(payload).digest()
  const received = Buffer.from(signature, 'hex')

  return received.length === expected.length && timingSafeEqual(received, expected)
}

export async function POST(request: Request) {
  // The signature covers the exact bytes sent, so read the raw body before parsing it.
  const payload = await request.text()

  if (!isValidSignature(payload, request.headers.get('stripe-signature'))) {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 })
  }

  let event: PaymentEvent
  try {
    event = JSON.parse(payload) as PaymentEvent
  } catch {
    return NextResponse.json({ error: 'Invalid payload' }, { status: 400 })
  }

  recordPayment({ id: event.id ?? randomUUID(), amount: Number(event.amount ?? 0) })
  return NextResponse.json({ received: true })
}
