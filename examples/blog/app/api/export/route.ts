import { listPosts } from '@/lib/db'

function csvCell(value: string | number | boolean): string {
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export async function POST() {
  const header = ['id', 'title', 'body', 'likes', 'published']
  const rows = listPosts().map((post) =>
    [post.id, post.title, post.body, post.likes, post.published].map(csvCell).join(','),
  )
  const csv = [header.join(','), ...rows].join('\n') + '\n'

  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv',
      'Content-Disposition': 'attachment; filename="posts.csv"',
    },
  })
}
