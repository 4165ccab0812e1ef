import { NextResponse } from 'next/server'
import { addWebhook } from '@/lib/webhooks'

export async function POST(request: Request) {
  const { url } = (await request.json()) as { url: string }
  if (!url?.startsWith('https://')) {
    return NextResponse.json({ error: 'Use an https URL' }, { status: 400 })
  }
  return NextResponse.json(addWebhook(url), { status: 201 })
}
