import { NextResponse } from 'next/server'
import { addWebhook } from '@/lib/webhooks'

export async function POST(request: Request) {
  const body = await request.json().catch(() => null)
  if (!body?.url?.startsWith('https://')) {
    return NextResponse.json({ error: 'Use an https URL' }, { status: 400 })
  }
  return NextResponse.json(addWebhook(body.url), { status: 201 })
}
