'use client'

import { apiFetch } from '@/lib/api'

// Saves the current page in one click.
export function QuickSave() {
  async function save() {
    const res = await apiFetch('/api/bookmarks', { method: 'POST', body: JSON.stringify({ url: location.href }) })
    alert(res.ok ? 'Saved' : 'Could not save this page')
  }
  return <button onClick={save}>Save this page</button>
}
