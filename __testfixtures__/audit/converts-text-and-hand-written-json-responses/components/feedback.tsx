'use client';

export function Feedback({ traceId }: { traceId: string }) {
  async function send(score: number) {
    const res = await fetch('/api/feedback', { method: 'POST', body: JSON.stringify({ traceId, score }) });
    if (!res.ok) alert(await res.text());
  }
  async function totals() {
    const res = await fetch('/api/scores', { method: 'POST', body: JSON.stringify({ ids: [traceId] }) });
    return res.json();
  }

  return (
    <div>
      <button onClick={() => send(1)}>Good</button>
      <button onClick={totals}>Totals</button>
    </div>
  );
}
