import { NextResponse, type NextRequest } from 'next/server'

export function middleware({ method, headers, cookies }: NextRequest) {
  const token = headers.get('x-csrf-token')
  if (method === 'POST' && (!token || token !== cookies.get('csrf')?.value)) {
    return new NextResponse('Invalid CSRF token', { status: 403 })
  }
  return NextResponse.next()
}

// Pages only: the API routes check their own tokens.
export const config = { matcher: ['/((?!api|_next).*)'] }
