'use client';

export function Chat({ provider }: { provider: 'openai' | 'anthropic' }) {
  async function send(message: string) {
    const res = await fetch(`/api/chat/${provider}`, { method: 'POST', body: JSON.stringify({ message }) });
    return res.json();
  }

  return <button onClick={() => send('hi')}>Send</button>;
}
