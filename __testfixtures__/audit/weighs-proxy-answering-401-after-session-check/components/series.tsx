'use client';

export function Series() {
  return <button onClick={() => fetch('/api/admin/series', { method: 'POST', body: JSON.stringify({ name: 'A' }) })}>Add</button>;
}
