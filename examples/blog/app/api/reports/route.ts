import { NextResponse } from 'next/server'
import { addReport, getPost } from '@/lib/db'

// Rate limited per IP by proxy.ts (matcher: /api/reports/:path*).
export async function POST(request: Request) {
  const { postId, reason } = (await request.json()) as { postId?: string; reason?: string }

  if (typeof reason !== 'string' || !reason.trim()) {
    return NextResponse.json({ error: 'Reason required' }, { status: 400 })
  }
  if (typeof postId !== 'string' || !getPost(postId)) {
    return NextResponse.json({ error: 'Post not found' }, { status: 404 })
  }

  const report = addReport(postId, reason.trim())
  return NextResponse.json(report, { status: 201 })
}
