import { NextResponse } from 'next/server'
import { insertArticle } from '@/lib/articles'

export async function POST(request: Request) {
  const { title } = (await request.json()) as { title: string }
  const article = insertArticle({ title, draft: false })
  // The link is built from the request's own URL, which an action does not have.
  const link = new URL(`/articles/${article.id}`, request.url).toString()
  return NextResponse.json({ ...article, link }, { status: 201 })
}
