'use client';

export function Share({ code }: { code: string }) {
  async function share() {
    const res = await fetch('/api/artifacts', { method: 'POST', body: code });
    return res.json();
  }

  return <button onClick={share}>Share</button>;
}
