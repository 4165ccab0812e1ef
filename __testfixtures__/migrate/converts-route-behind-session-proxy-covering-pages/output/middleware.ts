import { NextResponse, type NextRequest } from 'next/server'

export function middleware(request: NextRequest) {
  if (!request.cookies.get('session')?.value && !request.nextUrl.pathname.startsWith('/sign-in')) {
    return NextResponse.redirect(new URL('/sign-in', request.url))
  }
  return NextResponse.next()
}

// Every page and API path: an action call, a POST to the page path, passes here too.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
