'use server'

import { insertPost, addLike } from '@/lib/posts'
import { slugify } from '../../lib/slug'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createPost(input: { title: string }): Promise<RouteResult> {
  const { title } = input
  const post = insertPost({ title, slug: slugify(title) })
  return { ok: true, status: 201, data: post }
}

export async function likePost(params: { id: string }): Promise<RouteResult> {
  const { id } = params
  return { ok: true, status: 200, data: { likes: addLike(id) } }
}
