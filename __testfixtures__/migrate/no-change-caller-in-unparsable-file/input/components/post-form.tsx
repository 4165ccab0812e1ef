'use client'

export function PostForm() {
  async function save(title: string) {
    await fetch('/api/posts', { method: 'POST', body: JSON.stringify({ title }) })
  }

  return <button onClick={() => save('Hello')}>Save</button>
}
