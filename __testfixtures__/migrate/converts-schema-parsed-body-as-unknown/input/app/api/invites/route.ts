import { NextResponse } from 'next/server'
import { inviteSchema } from '@/lib/schemas'
import { sendInvite } from '@/lib/invites'

export async function POST(request: Request) {
  const invite = inviteSchema.parse(await request.json())
  await sendInvite(invite.email)
  return NextResponse.json({ sent: true })
}
