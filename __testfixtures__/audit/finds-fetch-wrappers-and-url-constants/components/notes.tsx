'use client';

import { fetchClient } from '@/lib/fetch-client';
import { post } from '@/lib/api';
import { API_ROUTE_NOTES, ApiPath } from '@/lib/routes';

export function Notes() {
  async function save(text: string) {
    await fetchClient(API_ROUTE_NOTES, { method: 'POST', body: JSON.stringify({ text }) });
  }
  async function pin(id: string) {
    await fetch(ApiPath.Pins, { method: 'POST', body: JSON.stringify({ id }) });
  }
  async function archive(id: string) {
    await post('/archive', { id });
  }

  return (
    <div>
      <button onClick={() => save('hello')}>Save</button>
      <button onClick={() => pin('1')}>Pin</button>
      <button onClick={() => archive('1')}>Archive</button>
    </div>
  );
}
