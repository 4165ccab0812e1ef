'use server'

import { NextResponse } from 'next/server'
import { addWebhook } from '@/lib/webhooks'

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

export async function createWebhook(input: any): Promise<RouteResult> {
  try {
    const { url } = input as { url: string }
    if (!url?.startsWith('https://')) {
      return { ok: false, status: 400, data: { error: 'Use an https URL' } }
    }
    return routeResult(NextResponse.json(addWebhook(url), { status: 201 }))
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}

export async function savePing(input: any): Promise<RouteResult> {
  try {
    const { id } = input as { id: string }
    return routeResult(NextResponse.json({ pinged: id }))
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}
