'use client';

export function RefreshComments() {
  async function refresh() {
    await fetch('/api/comments', { method: 'POST' });
    await fetch('/api/uploads', { method: 'POST' });
  }

  return <button onClick={refresh}>Refresh</button>;
}
