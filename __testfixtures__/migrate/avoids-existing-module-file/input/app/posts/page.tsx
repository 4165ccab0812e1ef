import { archivePost } from '@/app/actions/posts'
import { LikeButton } from '@/components/like-button'

export default function PostsPage() {
  return (
    <article>
      <LikeButton id="first" />
      <form action={archivePost}>
        <input type="hidden" name="id" value="first" />
        <button type="submit">Archive</button>
      </form>
    </article>
  )
}
