import { NextResponse } from 'next/server'
import { listBookmarks, saveBookmark } from '@/lib/bookmarks'

export async function GET() {
  return NextResponse.json(listBookmarks())
}

export async function POST(request: Request) {
  const { url } = await request.json()
  if (typeof url !== 'string' || !url.startsWith('https://')) {
    return NextResponse.json({ error: 'Use an https URL' }, { status: 400 })
  }
  return NextResponse.json(saveBookmark(url), { status: 201 })
}
