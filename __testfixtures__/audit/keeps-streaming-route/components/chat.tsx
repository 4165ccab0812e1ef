'use client';

import { useState } from 'react';

export function Chat() {
  const [reply, setReply] = useState('');

  async function ask(prompt: string) {
    const res = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ prompt }) });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      setReply((text) => text + chunk.value);
    }
  }

  return <button onClick={() => ask('hello world')}>{reply || 'Ask'}</button>;
}
