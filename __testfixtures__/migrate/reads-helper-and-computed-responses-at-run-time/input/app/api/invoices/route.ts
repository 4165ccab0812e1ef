import { NextResponse } from 'next/server'
import { requireMember } from '@/lib/auth'
import { errorResponse } from '@/lib/http'
import { createInvoice } from '@/lib/invoices'

export async function POST(request: Request) {
  const access = await requireMember()
  if (!access.ok) {
    return access.response
  }
  const body = await request.json().catch(() => null)
  try {
    const invoice = await createInvoice(access.userId, body)
    // issuedAt is a Date: the client has always read it as an ISO string.
    return NextResponse.json(invoice, { status: 201 })
  } catch (error) {
    if (error instanceof Error && 'status' in error) {
      return NextResponse.json({ error: error.message }, { status: (error as { status?: number }).status || 500 })
    }
    return errorResponse(error)
  }
}
