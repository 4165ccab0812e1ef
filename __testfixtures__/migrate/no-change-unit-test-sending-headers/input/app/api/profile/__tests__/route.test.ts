import { expect, it } from 'vitest'
import { POST } from '../route'

it('keeps the caller locale', async () => {
  const res = await POST(new Request('http://localhost/api/profile', {
    method: 'POST',
    headers: { 'x-locale': 'fr' },
    body: JSON.stringify({ name: 'Ana' }),
  }))
  expect(res.status).toBe(200)
  expect((await res.json()).locale).toBe('fr')
})
