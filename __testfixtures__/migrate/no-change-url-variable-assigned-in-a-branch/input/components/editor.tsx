'use client'

export function Editor() {
  async function save(title: string, draft: boolean) {
    let url = '/api/posts'
    if (draft) url = '/api/drafts'
    const res = await fetch(url, { method: 'POST', body: JSON.stringify({ title }) })
    alert(res.ok ? 'Saved' : 'Failed')
  }
  async function saveDraft(title: string) {
    const res = await fetch('/api/drafts', { method: 'POST', body: JSON.stringify({ title }) })
    alert(res.ok ? 'Saved' : 'Failed')
  }
  return <button onClick={() => { save('x', true); saveDraft('y') }}>Save</button>
}
