'use client';

export function LikeButton({ postId }: { postId: string }) {
  async function like() {
    await fetch('/api/likes', { method: 'POST', body: JSON.stringify({ postId }) };
  }

  return <button onClick={like}>Like</button>;
}
