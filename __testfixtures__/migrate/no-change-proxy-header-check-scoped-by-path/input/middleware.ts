import { NextResponse, type NextRequest } from 'next/server'

export function middleware(request: NextRequest) {
  if (request.method === 'POST') {
    if (request.nextUrl.pathname.startsWith('/api/admin') && request.headers.get('x-admin-key') !== process.env.ADMIN_KEY) {
      return NextResponse.json({ error: 'Admin key required' }, { status: 401 })
    }
    const token = request.headers.get('x-csrf-token')
    if (!token || token !== request.cookies.get('csrf')?.value) {
      return new NextResponse('Invalid CSRF token', { status: 403 })
    }
  }
  return NextResponse.next()
}

export const config = { matcher: ['/((?!_next).*)'] }
