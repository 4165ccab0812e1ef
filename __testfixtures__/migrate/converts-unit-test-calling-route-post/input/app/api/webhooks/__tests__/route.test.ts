import { describe, expect, it } from 'vitest'
import { POST } from '../route'

function makeRequest(body: unknown) {
  return new Request('http://localhost/api/webhooks', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('POST /api/webhooks', () => {
  it('refuses a plain http URL', async () => {
    const res = await POST(makeRequest({ url: 'http://x' }))
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: 'Use an https URL' })
  })

  it('adds an https URL', async () => {
    const request = new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'https://x' }) })
    const res = await POST(request)
    const hook = await res.json()
    expect(res.status).toBe(201)
    expect(hook.url).toBe('https://x')
  })
})
