'use server'

import { NextResponse } from 'next/server'
import { requireMember } from '@/lib/auth'
import { errorResponse } from '@/lib/http'
import { createInvoice } from '@/lib/invoices'

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

export async function createInvoiceAction(body: any): Promise<RouteResult> {
  try {
    const access = await requireMember()
    if (!access.ok) {
      return routeResult(access.response)
    }
    try {
      const invoice = await createInvoice(access.userId, body)
      // issuedAt is a Date: the client has always read it as an ISO string.
      return routeResult(NextResponse.json(invoice, { status: 201 }))
    } catch (error) {
      if (error instanceof Error && 'status' in error) {
        return routeResult(NextResponse.json({ error: error.message }, { status: (error as { status?: number }).status || 500 }))
      }
      return routeResult(errorResponse(error))
    }
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}
