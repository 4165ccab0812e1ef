'use client'

// Half-edited: the closing brace of save() is missing.
export function QuickPost() {
  async function save() {
    await fetch('/api/posts', { method: 'POST', body: JSON.stringify({ title: 'Quick' }) })

  return <button onClick={save}>Quick post</button>
}
