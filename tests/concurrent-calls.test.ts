import { describe, expect, it } from 'vitest';
import { concurrentStart } from '../src/rewrite/concurrent-calls.ts';

const at = (source: string) => concurrentStart('c.tsx', source, source.split('\n').findIndex((l) => l.includes('fetch(')) + 1);

describe('calls started alongside others (actions queue one at a time per client)', () => {
  it('names Promise.all over a map of calls', () => {
    expect(at(`async function f(ids: string[]) {\n  await Promise.all(ids.map((id) =>\n    fetch('/api/pin', { method: 'POST', body: JSON.stringify({ id }) })))\n}`)).toBe('Promise.all');
  });
  it('names a forEach whose callback awaits each call: the calls still start together', () => {
    expect(at(`function f(ids: string[]) {\n  ids.forEach(async (id) => {\n    await fetch('/api/pin', { method: 'POST', body: JSON.stringify({ id }) })\n  })\n}`)).toBe('forEach');
  });
  it('says nothing of a for…of loop that awaits each call in turn', () => {
    expect(at(`async function f(ids: string[]) {\n  for (const id of ids) {\n    await fetch('/api/pin', { method: 'POST', body: JSON.stringify({ id }) })\n  }\n}`)).toBeUndefined();
  });
  it('says nothing of a single awaited call', () => {
    expect(at(`async function f() {\n  const res = await fetch('/api/pin', { method: 'POST' })\n  return res.ok\n}`)).toBeUndefined();
  });
});
