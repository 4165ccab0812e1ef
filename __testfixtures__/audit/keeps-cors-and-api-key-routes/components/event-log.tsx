'use client';

export function EventLog({ token }: { token: string }) {
  async function log() {
    await fetch('/api/v1/events', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ type: 'click' }),
    });
  }

  return <button onClick={log}>Log</button>;
}
