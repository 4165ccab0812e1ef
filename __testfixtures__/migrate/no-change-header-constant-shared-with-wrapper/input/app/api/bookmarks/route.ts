import { NextResponse } from 'next/server'
import { listBookmarks, saveBookmark } from '@/lib/bookmarks'
import { CLIENT_VERSION_HEADER } from '@/lib/api'

export async function GET() {
  return NextResponse.json(listBookmarks())
}

export async function POST(request: Request) {
  if (!request.headers.get(CLIENT_VERSION_HEADER)) {
    return NextResponse.json({ error: 'Please reload the page' }, { status: 426 })
  }
  const { url } = await request.json()
  return NextResponse.json(saveBookmark(url), { status: 201 })
}
