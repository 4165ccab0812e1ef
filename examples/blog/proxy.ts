import { NextResponse, type NextRequest } from 'next/server'

const LIMIT = 5
const WINDOW_MS = 60_000

// In-memory and per server instance: good enough for a demo, not for a multi-instance deployment.
const windows = new Map<string, { count: number; resetAt: number }>()

function clientIp(request: NextRequest): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || request.headers.get('x-real-ip') || 'unknown'
}

export function proxy(request: NextRequest) {
  const ip = clientIp(request)
  const now = Date.now()
  const current = windows.get(ip)

  if (!current || current.resetAt <= now) {
    windows.set(ip, { count: 1, resetAt: now + WINDOW_MS })
    return NextResponse.next()
  }

  current.count += 1
  if (current.count > LIMIT) {
    const retryAfter = Math.ceil((current.resetAt - now) / 1000)
    return NextResponse.json(
      { error: 'Too many reports' },
      { status: 429, headers: { 'Retry-After': String(retryAfter) } },
    )
  }

  return NextResponse.next()
}

export const config = {
  matcher: '/api/reports/:path*',
}
