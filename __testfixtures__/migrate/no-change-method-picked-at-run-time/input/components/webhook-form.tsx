'use client'

export function WebhookForm({ editId, url }: { editId?: number; url: string }) {
  async function save() {
    const target = editId ? `/api/webhooks/${editId}` : '/api/webhooks'
    const method = editId ? 'PATCH' : 'POST'
    const res = await fetch(target, { method, body: JSON.stringify({ url }) })
    if (!res.ok) throw new Error(await res.text())
  }
  return <button onClick={save}>Save</button>
}
