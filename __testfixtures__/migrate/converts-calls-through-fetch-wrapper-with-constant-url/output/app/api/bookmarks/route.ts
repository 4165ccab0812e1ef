import { NextResponse } from 'next/server'
import { listBookmarks } from '@/lib/bookmarks'

export async function GET() {
  return NextResponse.json(listBookmarks())
}
