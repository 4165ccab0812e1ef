'use client';

export function PostActions({ id, name }: { id: string; name: string }) {
  async function like() {
    await fetch(`/api/posts/${id}/like`, { method: 'POST' });
  }

  async function save(content: string) {
    await fetch('/api/files/' + name, {
      method: 'POST',
      body: JSON.stringify({ content }),
    });
  }

  async function ping() {
    await fetch(new URL('/api/ping', window.location.origin), { method: 'POST' });
  }

  return (
    <div>
      <button onClick={like}>Like</button>
      <button onClick={() => save('draft')}>Save</button>
      <button onClick={ping}>Ping</button>
    </div>
  );
}
