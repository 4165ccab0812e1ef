import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const signature = request.headers.get('x-hub-signature-256')
  if (!signature) {
    return NextResponse.json({ error: 'Missing signature' }, { status: 401 })
  }
  return NextResponse.json({ ok: true })
}
