import { CommentForm } from '@/components/comment-form'

export default function PostPage() {
  return <CommentForm postId={1} />
}
