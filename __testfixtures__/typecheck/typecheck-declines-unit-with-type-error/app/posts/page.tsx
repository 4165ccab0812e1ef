import { LikeButton } from '@/components/like-button'
import { NewPost } from '@/components/new-post'

export default function PostsPage() {
  return (
    <main>
      <NewPost />
      <LikeButton id="1" />
    </main>
  )
}
