export interface Post {
  id: string
  title: string
  likes: number
}

const posts: Post[] = []

export function createPost(title: string): Post {
  const post = { id: String(posts.length + 1), title, likes: 0 }
  posts.push(post)
  return post
}

export function likePost(id: string): Post | undefined {
  const post = posts.find((p) => p.id === id)
  if (post) post.likes++
  return post
}
