import { describe, expect, it, vi } from 'vitest'
import type { NextRequest } from 'next/server'

vi.mock('@/lib/webhooks', () => ({ addWebhook: (url: string) => ({ id: 'w1', url }) }))

function makeRequest(body: unknown) {
  return new Request('http://localhost/api/webhooks', {
    method: 'POST',
    body: JSON.stringify(body),
  }) as unknown as NextRequest
}

describe('POST /api/webhooks, module loaded in the test', () => {
  it('creates a webhook', async () => {
    const { POST } = await import('../route')
    const res = await POST(makeRequest({ url: 'https://example.com/hook' }))
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ id: 'w1', url: 'https://example.com/hook' })
  })

  it('says why a URL is refused', async () => {
    const route = await import('../route')
    const res = await route.POST(makeRequest({ url: 'ftp://example.com' }))
    const body = await res.json()
    expect(body.error).toBe('Use an https URL')
  })
})
