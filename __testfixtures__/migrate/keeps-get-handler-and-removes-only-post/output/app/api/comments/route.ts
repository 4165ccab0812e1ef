import { NextResponse } from 'next/server'
import { listComments } from '@/lib/comments'

export const dynamic = 'force-dynamic'

export async function GET() {
  return NextResponse.json(listComments())
}
