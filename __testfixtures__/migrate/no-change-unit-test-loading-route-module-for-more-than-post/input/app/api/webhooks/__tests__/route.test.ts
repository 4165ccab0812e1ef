import { describe, expect, it } from 'vitest'

describe('/api/webhooks', () => {
  it('refuses a plain http URL, then lists no webhook', async () => {
    const route = await import('../route')
    const res = await route.POST(new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'http://x' }) }))
    expect(res.status).toBe(400)
    const list = await route.GET()
    expect(await list.json()).toEqual([])
  })
})
