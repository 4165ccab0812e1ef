import { NextResponse } from 'next/server'

export function errorResponse(error: unknown) {
  console.error(error)
  return NextResponse.json({ error: 'Could not save the invoice' }, { status: 500 })
}
