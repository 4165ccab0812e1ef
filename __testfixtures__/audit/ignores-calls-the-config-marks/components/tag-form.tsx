'use client';

export function TagForm() {
  async function add(name: string) {
    await fetch('/api/tags', { method: 'POST', body: JSON.stringify({ name }) });
  }

  return <button onClick={() => add('new')}>Add tag</button>;
}
