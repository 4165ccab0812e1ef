import { NextResponse } from 'next/server'
import { importPosts } from '@/lib/db'

type ImportBody = { posts?: { title?: unknown; body?: unknown }[] }

// Called by scripts/import-posts.mjs, not by the app itself.
export async function POST(request: Request) {
  const { posts } = (await request.json()) as ImportBody

  if (!Array.isArray(posts)) {
    return NextResponse.json({ error: 'Expected { posts: [...] }' }, { status: 400 })
  }

  const valid = posts.flatMap((post) =>
    typeof post?.title === 'string' && post.title.trim()
      ? [{ title: post.title.trim(), body: typeof post.body === 'string' ? post.body : '' }]
      : [],
  )

  return NextResponse.json({ imported: importPosts(valid) })
}
