import { NextResponse } from 'next/server'
import { recordPayment } from '@/lib/payments'

// Written by hand before anyone tagged the action: it verifies the provider's signature.
export async function POST(request: Request) {
  if (request.headers.get('x-provider-signature') !== process.env.PROVIDER_SECRET) {
    return NextResponse.json({ error: 'Bad signature' }, { status: 401 })
  }
  const event = (await request.json()) as { id: string; amount: number }
  return NextResponse.json(recordPayment(event.id, event.amount))
}
