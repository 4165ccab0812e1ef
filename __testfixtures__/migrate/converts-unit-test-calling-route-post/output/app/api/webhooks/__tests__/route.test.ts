import { describe, expect, it } from 'vitest'
import { createWebhook } from '@/app/actions/webhooks'

describe('POST /api/webhooks', () => {
  it('refuses a plain http URL', async () => {
    const res = await createWebhook({ url: 'http://x' })
    expect(res.status).toBe(400)
    expect(res.data).toEqual({ error: 'Use an https URL' })
  })

  it('adds an https URL', async () => {
    const res = await createWebhook({ url: 'https://x' })
    const hook = res.data
    expect(res.status).toBe(201)
    expect(hook.url).toBe('https://x')
  })
})
