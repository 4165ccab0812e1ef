'use client';

/** Re-sends a failed request to whatever endpoint the parent names. */
export function RetryButton({ url }: { url: string }) {
  async function retry() {
    await fetch(url, { method: 'POST' });
  }

  return <button onClick={retry}>Retry</button>;
}
