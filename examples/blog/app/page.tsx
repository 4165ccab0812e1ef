import { connection } from 'next/server'
import { CommentForm } from '@/components/comment-form'
import { ExportButton } from '@/components/export-button'
import { LikeButton } from '@/components/like-button'
import { NewPostForm } from '@/components/new-post-form'
import { PublishButton } from '@/components/publish-button'
import { ReportButton } from '@/components/report-button'
import { ScheduleForm } from '@/components/schedule-form'
import { listComments, listPosts } from '@/lib/db'

export default async function HomePage() {
  // The store is read synchronously, so opt out of prerendering explicitly.
  await connection()
  const posts = listPosts()
  const comments = listComments()

  return (
    <>
      <h1>Posts</h1>

      <section aria-labelledby="new-post-heading">
        <h2 id="new-post-heading">New post</h2>
        <NewPostForm />
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <ExportButton />
      </section>

      {posts.map((post) => {
        const postComments = comments.filter((comment) => comment.postId === post.id)

        return (
          <article key={post.id} aria-labelledby={`post-${post.id}`}>
            <h2 id={`post-${post.id}`}>{post.title}</h2>
            <p>{post.body}</p>

            <div className="actions">
              <LikeButton id={post.id} initialLikes={post.likes} />
              <PublishButton id={post.id} published={post.published} />
              <ReportButton postId={post.id} />
            </div>
            <div className="schedule">
              <ScheduleForm postId={post.id} scheduledFor={post.scheduledFor} />
            </div>

            <h3>Comments</h3>
            {postComments.length > 0 ? (
              <ul>
                {postComments.map((comment) => (
                  <li key={comment.id}>{comment.text}</li>
                ))}
              </ul>
            ) : (
              <p>No comments yet.</p>
            )}
            <CommentForm postId={post.id} />
          </article>
        )
      })}
    </>
  )
}
