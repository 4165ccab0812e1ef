'use client';

import type { FormEvent } from 'react';

export function AvatarForm() {
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    await fetch('/api/upload', { method: 'POST', body: new FormData(form) });
  }

  return (
    <form onSubmit={onSubmit}>
      <input type="file" name="avatar" />
      <button type="submit">Upload</button>
    </form>
  );
}
