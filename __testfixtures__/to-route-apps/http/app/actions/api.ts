'use server'

import { updateTag } from 'next/cache'
import { notFound, redirect } from 'next/navigation'

// Every action here is tagged @external, so `route-actions migrate` generates a POST route
// for each one. tests/to-route-http.test.ts calls those routes over HTTP.

/** JSON object in, a value out; bad input is an error returned as a value. @external /api/greet */
export async function greet(input: { name?: unknown }) {
  if (typeof input.name !== 'string' || !input.name.trim()) {
    return { error: 'Name required' }
  }
  return { greeting: `Hello, ${input.name.trim()}!` }
}

/** One object parameter with declared fields: the route checks each field. @external /api/reports */
export async function generateReport(input: { from: string; to: string }) {
  return { from: input.from, to: input.to, days: Math.round((Date.parse(input.to) - Date.parse(input.from)) / 86_400_000) + 1 }
}

/** Several parameters: the body is a JSON object with one field per parameter. @external /api/schedule */
export async function schedule(title: string, minutes: number, urgent?: boolean) {
  return { title, minutes, urgent: urgent ?? false }
}

/** The `{ ok, status, data }` envelope keeps its status. @external /api/reserve */
export async function reserve(input: { seat: string }) {
  if (input.seat === 'A1') {
    return { ok: false, status: 409, data: { error: 'Seat taken' } }
  }
  return { ok: true, status: 201, data: { seat: input.seat } }
}

/** Throws with internals in the message. @external /api/explode */
export async function explode(input: { reason: string }) {
  throw new Error(`database password hunter2 rejected (${input.reason})`)
}

/** A FormData action. @external /api/contact */
export async function contact(formData: FormData) {
  const email = formData.get('email')
  if (typeof email !== 'string' || !email.includes('@')) {
    return { error: 'Email required' }
  }
  return { received: email }
}

/** redirect() answers as a redirect. @external /api/go */
export async function go(input: { to: string }) {
  redirect(`/landing?to=${encodeURIComponent(String(input.to))}`)
}

/** notFound() answers 404. @external /api/lookup */
export async function lookup(input: { id: string }) {
  if (input.id !== '1') {
    notFound()
  }
  return { id: '1', name: 'First' }
}

/** No parameters and no result: 204. @external /api/ping */
export async function ping() {}

/** updateTag() throws outside actions, so the migration edits it to revalidateTag(tag, 'max'). @external /api/refresh */
export async function refreshItems(input: { tag: string }) {
  updateTag('items')
  return { refreshed: input.tag }
}
