export type Post = { id: string; title: string; body: string }

const posts: Post[] = []

export function addPost(title: string, body: string): Post {
  const post = { id: String(posts.length + 1), title, body }
  posts.push(post)
  return post
}
