'use client';

export function Ping() {
  async function ping() {
    await fetch(`${window.location.origin}/api/ping`, { method: 'POST', body: JSON.stringify({ jobId: 'ping' }) });
  }

  return <button onClick={ping}>Ping</button>;
}
