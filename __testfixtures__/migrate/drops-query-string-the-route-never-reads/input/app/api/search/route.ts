import { NextResponse } from 'next/server'
import { startSearchJob } from '@/lib/search-jobs'

export async function POST() {
  const job = startSearchJob()
  return NextResponse.json({ id: job.id }, { status: 202 })
}
