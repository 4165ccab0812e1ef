'use client';

export function Events() {
  async function track() {
    await fetch('/api/public/events', { method: 'POST', body: '{}' });
    await fetch('/api/private', { method: 'POST', body: '{}' });
    await fetch('/api/app/save', { method: 'POST', body: '{}' });
  }

  return <button onClick={track}>Track</button>;
}
