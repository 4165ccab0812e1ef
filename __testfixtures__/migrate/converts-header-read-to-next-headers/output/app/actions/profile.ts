'use server'

import { NextResponse } from 'next/server'
import { updateProfile } from '@/lib/profiles'
import { headers } from 'next/headers'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

/** What the route's client read from a response: its status, and its body as JSON when it is JSON (whatever its content type), else as text. */
async function routeResult(response: Response | Promise<Response>): Promise<RouteResult> {
  const answer = await response
  const text = await answer.text()
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // not JSON: the client read it with res.text()
  }
  return { ok: answer.ok, status: answer.status, data }
}

export async function saveProfile(input: any): Promise<RouteResult> {
  try {
    const locale = (await headers()).get('x-locale') ?? 'en'
    const { name } = input as { name: string }
    const profile = updateProfile({ name, locale })
    return routeResult(NextResponse.json(profile))
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}
