import { NextResponse, type NextRequest } from 'next/server'

// Staging is behind basic auth.
export function middleware(req: NextRequest) {
  const basicAuth = req.headers.get('authorization')
  if (!basicAuth || basicAuth !== `Basic ${process.env.STAGING_AUTH}`) {
    return new NextResponse('Authentication required', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="staging"' } })
  }
  return NextResponse.next()
}

export const config = { matcher: ['/((?!api|_next).*)'] }
