'use client';

export function EmbedButton({ fileId }: { fileId: string }) {
  async function embed() {
    const body = new FormData();
    body.append('fileId', fileId);
    await fetch('/api/embeddings', { method: 'POST', body });
  }

  return <button onClick={embed}>Embed</button>;
}
