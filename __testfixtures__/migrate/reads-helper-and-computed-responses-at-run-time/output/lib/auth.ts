import { NextResponse } from 'next/server'
import { cookies } from 'next/headers'

export async function requireMember() {
  const user = (await cookies()).get('user')?.value
  if (!user) return { ok: false as const, response: NextResponse.json({ error: 'Sign in first' }, { status: 401 }) }
  return { ok: true as const, userId: user }
}
