import { LikeButton } from '@/components/like-button'

export default function PostsPage() {
  return (
    <article>
      <h1>Hello world</h1>
      <LikeButton postId="hello-world" />
    </article>
  )
}
