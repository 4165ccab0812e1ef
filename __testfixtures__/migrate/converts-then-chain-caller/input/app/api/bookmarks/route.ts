import { NextResponse } from 'next/server'
import { saveBookmark } from '@/lib/bookmarks'

export async function POST(request: Request) {
  const { url } = (await request.json()) as { url: string }
  const bookmark = saveBookmark(url)
  return NextResponse.json({ id: bookmark.id }, { status: 201 })
}
