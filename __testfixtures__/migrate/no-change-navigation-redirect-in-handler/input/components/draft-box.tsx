'use client'

export function DraftBox({ text }: { text: string }) {
  async function save() {
    const res = await fetch('/api/drafts', { method: 'POST', body: JSON.stringify({ text }) })
    if (!res.ok) alert('Could not save')
  }
  return <button onClick={save}>Save draft</button>
}
