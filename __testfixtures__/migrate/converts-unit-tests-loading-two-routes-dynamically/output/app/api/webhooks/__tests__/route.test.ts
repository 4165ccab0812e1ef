import { beforeEach, describe, expect, it, vi } from 'vitest'

describe('webhooks', () => {
  let create: typeof import('@/app/actions/webhooks').createWebhook
  let ping: typeof import('@/app/actions/webhooks').savePing

  beforeEach(async () => {
    vi.resetModules()
    create = (await import('@/app/actions/webhooks')).createWebhook; ping = (await import('@/app/actions/webhooks')).savePing
  })

  it('refuses a plain http URL', async () => {
    const res = await create({ url: 'http://x' })
    expect(res.status).toBe(400)
  })

  it('pings a webhook', async () => {
    const res = await ping({ id: 'w1' })
    expect(res.data).toEqual({ pinged: 'w1' })
  })
})
