import { NextResponse, type NextRequest } from 'next/server'

export function middleware(request: NextRequest) {
  if (request.method === 'POST') {
    const token = request.headers.get('x-csrf-token')
    if (!token || token !== request.cookies.get('csrf')?.value) {
      return new NextResponse('Invalid CSRF token', { status: 403 })
    }
  }
  return NextResponse.next()
}

// Pages only: the API routes check their own tokens.
export const config = { matcher: ['/((?!api|_next).*)'] }
