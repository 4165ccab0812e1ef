const posts: { id: number; title: string }[] = []

export function createPost(title: string) {
  const post = { id: posts.length + 1, title }
  posts.push(post)
  return post
}
