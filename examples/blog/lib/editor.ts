import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'

/** The signed-in editor, or the response that turns the request away. */
export async function requireEditor(action: string): Promise<{ name: string; denied?: undefined } | { denied: NextResponse }> {
  const session = (await cookies()).get('session')
  if (!session) return { denied: NextResponse.json({ error: `Sign in to ${action}` }, { status: 401 }) }
  return { name: session.value }
}
