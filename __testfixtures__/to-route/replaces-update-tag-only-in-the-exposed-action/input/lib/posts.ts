export type Post = { id: string; title: string }

const posts: Post[] = []

export function addPost(title: string): Post {
  const post = { id: String(posts.length + 1), title }
  posts.push(post)
  return post
}

export function renamePost(id: string, title: string): void {
  const post = posts.find((p) => p.id === id)
  if (post) post.title = title
}

export function listPosts(): Post[] {
  return posts
}
