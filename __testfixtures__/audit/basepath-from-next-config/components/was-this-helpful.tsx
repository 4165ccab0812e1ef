'use client';

export function WasThisHelpful({ page }: { page: string }) {
  async function vote(helpful: boolean) {
    await fetch('/docs/api/feedback', { method: 'POST', body: JSON.stringify({ page, helpful }) });
  }

  return <button onClick={() => vote(true)}>Yes</button>;
}
