'use client';

export function Search() {
  async function run(query: string) {
    await fetch('/api/search', { method: 'POST', body: JSON.stringify({ query }) });
    await fetch('/api/suggestions', { method: 'POST', body: JSON.stringify({ query }) });
    await fetch('/api/providers', { method: 'POST', body: JSON.stringify({ refresh: true }) });
  }

  return <button onClick={() => run('next')}>Search</button>;
}
