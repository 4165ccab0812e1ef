'use client';

export function PostTools({ postId }: { postId: string }) {
  async function report() {
    await fetch('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ postId, reason: 'spam' }),
    });
  }

  async function duplicate() {
    await fetch('/api/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Copy', body: postId }),
    });
  }

  return (
    <div>
      <button onClick={report}>Report</button>
      <button onClick={duplicate}>Duplicate</button>
    </div>
  );
}
