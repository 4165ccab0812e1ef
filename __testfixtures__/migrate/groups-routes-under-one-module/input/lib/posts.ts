const posts: { id: string; title: string; slug: string; likes: number }[] = []

export function insertPost(input: { title: string; slug: string }) {
  const post = { id: String(posts.length + 1), likes: 0, ...input }
  posts.push(post)
  return post
}

export function addLike(id: string) {
  const post = posts.find((p) => p.id === id)
  if (post) post.likes++
  return post?.likes ?? 0
}
