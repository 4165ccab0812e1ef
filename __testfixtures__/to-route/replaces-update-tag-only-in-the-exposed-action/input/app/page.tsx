import { renamePost } from '@/app/actions/posts'
import { listPosts } from '@/lib/posts'

export default function Home() {
  return (
    <main>
      {listPosts().map((post) => (
        <form key={post.id} action={renamePost}>
          <input type="hidden" name="id" value={post.id} />
          <input name="title" defaultValue={post.title} />
          <button type="submit">Rename</button>
        </form>
      ))}
    </main>
  )
}
