'use client';

export function Settings() {
  async function register() {
    await fetch('/api/oauth-apps', { method: 'POST', body: JSON.stringify({ name: 'cli' }) });
  }
  async function note() {
    await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ text: 'hi' }) });
  }

  return (
    <div>
      <button onClick={register}>Register app</button>
      <button onClick={note}>Note</button>
    </div>
  );
}
