export type Comment = { id: number; text: string }

const comments: Comment[] = []

export function listComments(): Comment[] {
  return comments
}

export function addComment(text: string): Comment {
  const comment = { id: comments.length + 1, text }
  comments.push(comment)
  return comment
}
