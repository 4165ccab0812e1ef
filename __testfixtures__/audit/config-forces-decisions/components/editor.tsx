'use client';

import { apiPost } from '../lib/api-client';
import { publish } from '../app/actions/posts';

export function Editor({ postId }: { postId: string }) {
  async function saveNote(text: string) {
    await apiPost('/api/notes', { text });
  }

  async function order() {
    await fetch('/api/legacy/orders', { method: 'POST', body: JSON.stringify({ postId }) });
  }

  return (
    <div>
      <button onClick={() => saveNote('hi')}>Note</button>
      <button onClick={order}>Order</button>
      <button onClick={() => publish(postId)}>Publish</button>
    </div>
  );
}
