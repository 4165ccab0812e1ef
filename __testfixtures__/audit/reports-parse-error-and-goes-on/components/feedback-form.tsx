'use client';

export function FeedbackForm() {
  async function rate(rating: number) {
    await fetch('/api/feedback', { method: 'POST', body: JSON.stringify({ rating }) });
  }

  return <button onClick={() => rate(5)}>Rate</button>;
}
