import { describe, expect, it, vi } from 'vitest'

vi.mock('@/lib/webhooks', () => ({ addWebhook: (url: string) => ({ id: 'w1', url }) }))

describe('POST /api/webhooks, module loaded in the test', () => {
  it('creates a webhook', async () => {
    const { createWebhook: POST } = await import('@/app/actions/webhooks')
    const res = await POST({ url: 'https://example.com/hook' })
    expect(res.status).toBe(201)
    expect(res.data).toEqual({ id: 'w1', url: 'https://example.com/hook' })
  })

  it('says why a URL is refused', async () => {
    const route = await import('@/app/actions/webhooks')
    const res = await route.createWebhook({ url: 'ftp://example.com' })
    const body = res.data
    expect(body.error).toBe('Use an https URL')
  })
})
