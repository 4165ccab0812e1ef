import { expect, it } from 'vitest'
import { POST } from '../route'

const params = Promise.resolve({ id: 'p1' })

it('adds a comment to the post', async () => {
  const res = await POST(new Request('http://localhost/api/posts/p1/comments', { method: 'POST', body: JSON.stringify({ text: 'hi' }) }), { params })
  const comment = await res.json()
  expect(comment.postId).toBe('p1')
})
