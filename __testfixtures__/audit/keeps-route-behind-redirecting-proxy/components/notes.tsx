'use client';

export function Notes() {
  return <button onClick={() => fetch('/api/notes', { method: 'POST', body: '{}' })}>Save</button>;
}
