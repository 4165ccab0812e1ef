'use server'

import { updateTag } from 'next/cache'
import { addPost, renamePost as rename } from '@/lib/posts'

/** The CMS pushes new posts. @external /api/posts/import */
export async function importPost(input: { title: string }) {
  const post = addPost(String(input?.title ?? ''))
  updateTag('posts')
  return post
}

/** The app's own rename form: the editor must see the new title at once, so this one keeps updateTag. */
export async function renamePost(formData: FormData) {
  rename(String(formData.get('id')), String(formData.get('title')))
  updateTag('posts')
}
