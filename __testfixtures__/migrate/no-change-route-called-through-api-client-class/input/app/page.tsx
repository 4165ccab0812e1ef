import { NewPostForm } from '@/components/new-post-form'
import { listPosts } from '@/lib/db'

export default function Home() {
  return (
    <main>
      <ul>
        {listPosts().map((post) => (
          <li key={post.id}>{post.title}</li>
        ))}
      </ul>
      <NewPostForm />
    </main>
  )
}
