import { describe, expect, it } from 'vitest'
import { POST } from '../route'

describe('POST /api/webhooks', () => {
  it('refuses a plain http URL', async () => {
    const res = await POST(new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'http://x' }) }))
    expect(res.status).toBe(400)
  })

  // An action never receives a body that is not JSON: this case has no action equivalent.
  it('answers 400 to a body that is not JSON', async () => {
    const res = await POST(new Request('http://localhost/api/webhooks', { method: 'POST', body: 'not json' }))
    expect(res.status).toBe(400)
  })
})
