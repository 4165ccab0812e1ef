'use server'

import { cookies } from 'next/headers'

export async function signIn() {
  (await cookies()).set('session', 'demo', { httpOnly: true, sameSite: 'lax', path: '/' })
}

export async function signOut() {
  (await cookies()).delete('session')
}
