import { beforeEach, describe, expect, it, vi } from 'vitest'

describe('POST /api/webhooks', () => {
  let POST: typeof import('@/app/actions/webhooks').createWebhook

  beforeEach(async () => {
    vi.resetModules()
    POST = (await import('@/app/actions/webhooks')).createWebhook
  })

  it('refuses a plain http URL', async () => {
    const res = await POST({ url: 'http://x' })
    expect(res.status).toBe(400)
  })
})
