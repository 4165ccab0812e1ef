import { NextResponse } from 'next/server'

function csrfRefusal(headers, cookies) {
  const token = headers.get('x-csrf-token')
  if (!token || token !== cookies.get('csrf')?.value) {
    return new NextResponse('Invalid CSRF token', { status: 403 })
  }
}

export function middleware(request) {
  if (request.method === 'POST') {
    const refused = csrfRefusal(request.headers, request.cookies)
    if (refused) return refused
  }
  return NextResponse.next()
}

export const config = { matcher: ['/((?!api|_next).*)'] }
