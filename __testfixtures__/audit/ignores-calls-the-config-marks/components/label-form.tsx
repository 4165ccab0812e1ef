'use client';

export function LabelForm() {
  async function add(label: string) {
    await fetch('/api/labels', { method: 'POST', body: JSON.stringify({ label }) });
  }

  return <button onClick={() => add('new')}>Add label</button>;
}
