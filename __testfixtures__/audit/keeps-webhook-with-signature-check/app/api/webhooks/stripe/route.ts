import { NextResponse } from 'next/server';
import { createHmac, timingSafeEqual } from 'node:crypto';

export async function POST(request: Request) {
  const signature = request.headers.get('stripe-signature');
  const payload = await request.text();

  const expected = createHmac('sha256', process.env.STRIPE_WEBHOOK_SECRET!).update(payload).digest('hex');
  if (!signature || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return NextResponse.json({ error: 'invalid signature' }, { status: 400 });
  }

  const event = JSON.parse(payload) as { type: string };
  console.log('stripe event', event.type);
  return NextResponse.json({ received: true });
}
