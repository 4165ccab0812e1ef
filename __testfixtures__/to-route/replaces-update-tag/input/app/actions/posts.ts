'use server'

import { revalidatePath, updateTag } from 'next/cache'
import { addPost } from '@/lib/posts'

/** The CMS pushes new posts. @external /api/posts/import */
export async function importPost(input: { title: string; body: string }) {
  if (typeof input?.title !== 'string' || !input.title.trim()) {
    return { error: 'Title required' }
  }
  const post = addPost(input.title.trim(), typeof input.body === 'string' ? input.body : '')
  updateTag('posts')
  revalidatePath('/')
  return post
}
