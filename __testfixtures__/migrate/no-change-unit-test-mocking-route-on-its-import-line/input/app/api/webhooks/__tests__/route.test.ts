import { beforeEach, describe, expect, it, vi } from 'vitest'

describe('POST /api/webhooks, stubbed', () => {
  let POST: typeof import('../route').POST

  beforeEach(async () => {
    vi.resetModules()
    vi.doMock('../route', () => ({ POST: async () => Response.json({ stub: true }, { status: 418 }) })); POST = (await import('../route')).POST
  })

  it('answers with the stub', async () => {
    const res = await POST(new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'https://x' }) }))
    expect(res.status).toBe(418)
  })
})
