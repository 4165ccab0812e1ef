'use client'

export function QuickPost() {
  async function post() {
    const res = await fetch('/api/posts', { method: 'POST', body: JSON.stringify({ title: 'Quick' }) })
    alert(res.ok ? 'Posted' : 'Could not post')
  }
  return <button onClick={post}>Post</button>
}
