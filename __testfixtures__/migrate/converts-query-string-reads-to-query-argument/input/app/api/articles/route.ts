import { NextResponse } from 'next/server'
import { insertArticle } from '@/lib/articles'

export async function POST(request: Request) {
  const { searchParams } = new URL(request.url)
  const draft = searchParams.get('draft') === '1'
  const { title } = (await request.json()) as { title: string }
  const article = insertArticle({ title, draft })
  return NextResponse.json(article, { status: 201 })
}
