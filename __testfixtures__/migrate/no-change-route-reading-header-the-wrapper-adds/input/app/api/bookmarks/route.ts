import { NextResponse } from 'next/server'
import { listBookmarks, saveBookmark } from '@/lib/bookmarks'

export async function GET() {
  return NextResponse.json(listBookmarks())
}

export async function POST(request: Request) {
  if (!request.headers.get('x-client-version')) {
    return NextResponse.json({ error: 'Please reload the page' }, { status: 426 })
  }
  const { url } = await request.json()
  return NextResponse.json(saveBookmark(url), { status: 201 })
}
