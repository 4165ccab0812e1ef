export type NewPost = { title?: string; body?: string }
export type Post = { id: string; title: string; body: string }

const posts: Post[] = []

export function insertPost(input: NewPost): Post {
  const post = { id: String(posts.length + 1), title: input.title ?? '', body: input.body ?? '' }
  posts.push(post)
  return post
}

export function listPosts(): Post[] {
  return posts
}
