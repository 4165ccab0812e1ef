export interface Comment {
  postId: string
  text: string
}

const comments: Comment[] = []

export function addComment(postId: string, text: string): Comment {
  const comment = { postId, text }
  comments.push(comment)
  return comment
}
