import { describe, expect, it, vi } from 'vitest'
import { POST } from '../route'

vi.mock('../route', { spy: true })

describe('POST /api/webhooks', () => {
  it('refuses a plain http URL', async () => {
    const res = await POST(new Request('http://localhost/api/webhooks', { method: 'POST', body: JSON.stringify({ url: 'http://x' }) }))
    expect(res.status).toBe(400)
  })
})
