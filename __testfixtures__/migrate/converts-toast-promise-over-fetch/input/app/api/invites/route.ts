import { NextResponse } from 'next/server'
import { sendInvite } from '@/lib/invites'

export async function POST(request: Request) {
  const { email } = (await request.json()) as { email: string }
  if (!email.includes('@')) {
    return new Response('Not an email address', { status: 400 })
  }
  return NextResponse.json({ sentTo: sendInvite(email) })
}
