import { beforeEach, describe, expect, it, vi } from 'vitest'

describe('webhooks', () => {
  let create: typeof import('../route').POST
  let ping: typeof import('../ping/route').POST

  beforeEach(async () => {
    vi.resetModules()
    create = (await import('../route')).POST; ping = (await import('../ping/route')).POST
  })

  it('refuses a plain http URL', async () => {
    const res = await create(new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'http://x' }) }))
    expect(res.status).toBe(400)
  })

  it('pings a webhook', async () => {
    const res = await ping(new Request('http://localhost/api/webhooks/ping', { method: 'POST', body: JSON.stringify({ id: 'w1' }) }))
    expect(await res.json()).toEqual({ pinged: 'w1' })
  })
})
