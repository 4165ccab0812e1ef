const comments: { id: number; postId: string; text: string }[] = []

export function addComment(postId: string, text: string) {
  const comment = { id: comments.length + 1, postId, text }
  comments.push(comment)
  return comment
}
