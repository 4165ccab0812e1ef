'use server'

import { updateProfile } from '@/lib/profiles'
import { headers } from 'next/headers'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function saveProfile(input: { name: string }): Promise<RouteResult> {
  const locale = (await headers()).get('x-locale') ?? 'en'
  const { name } = input
  const profile = updateProfile({ name, locale })
  return { ok: true, status: 200, data: profile }
}
