import { beforeEach, describe, expect, it, vi } from 'vitest'

describe('/api/webhooks', () => {
  let route: typeof import('../route')

  beforeEach(async () => {
    vi.resetModules()
    route = await import('../route')
  })

  it('refuses a plain http URL', async () => {
    const res = await route.POST(new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'http://x' }) }))
    expect(res.status).toBe(400)
  })

  it('lists webhooks', async () => {
    const res = await route.GET()
    expect(res.status).toBe(200)
  })
})
