import { beforeEach, describe, expect, it, vi } from 'vitest'

describe('POST /api/webhooks', () => {
  let POST: typeof import('../route').POST

  beforeEach(async () => {
    vi.resetModules()
    POST = (await import('../route')).POST
  })

  it('refuses a plain http URL', async () => {
    const res = await POST(new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'http://x' }) }))
    expect(res.status).toBe(400)
  })
})
