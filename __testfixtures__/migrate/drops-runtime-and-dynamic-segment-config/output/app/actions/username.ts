'use server'

import { isTaken } from '@/lib/users'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function saveUsername(input: any): Promise<RouteResult> {
  try {
    const { username } = input as { username: string }
    return { ok: true, status: 200, data: { available: !isTaken(username) } }
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}
