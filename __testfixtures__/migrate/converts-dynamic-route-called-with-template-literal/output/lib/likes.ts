const likes = new Map<string, number>([['hello-world', 0]])

export function addLike(postId: string): number | null {
  const current = likes.get(postId)
  if (current === undefined) return null
  likes.set(postId, current + 1)
  return current + 1
}
