import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32): the same seed gives the same app, byte for byte. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['order', 'invoice', 'team', 'member', 'project', 'task', 'comment', 'report', 'ticket', 'note', 'product', 'review', 'event', 'booking', 'message'];

/** Ordinary code that pads a file to a realistic size: helpers, types, JSX. */
function filler(rand: () => number, name: string, target: number): string {
  const parts: string[] = [];
  let i = 0;
  while (parts.join('\n').length < target) {
    const w = WORDS[Math.floor(rand() * WORDS.length)]!;
    const n = `${w}${i++}`;
    parts.push(
      [
        `export interface ${name}${n[0]!.toUpperCase()}${n.slice(1)} {`,
        `  id: string`,
        `  ${w}Name: string`,
        `  createdAt: Date`,
        `  tags: string[]`,
        `}`,
        ``,
        `export function format${n}(value: { id: string; ${w}Name: string }, locale = 'en'): string {`,
        `  const label = value.${w}Name.trim().toLowerCase()`,
        `  if (!label) return value.id`,
        `  return new Intl.ListFormat(locale).format([label, value.id].map((s) => s.padStart(${Math.floor(rand() * 20)}, ' ')))`,
        `}`,
        ``,
      ].join('\n'),
    );
  }
  return parts.join('\n');
}

export interface GeneratedApp {
  dir: string;
  files: number;
}

/**
 * A synthetic Next.js app of `count` source files, 2–6 KB each: 5% POST routes (a third of
 * them webhooks), 20% client components that call them with fetch or axios, 3% action
 * modules, 15% pages (some using actions), and the rest plain components and libs.
 */
export function generateApp(dir: string, count: number, seed = 42): GeneratedApp {
  rmSync(dir, { recursive: true, force: true });
  const rand = random(seed);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('package.json', JSON.stringify({ name: `bench-app-${count}`, private: true, dependencies: { next: '^16', react: '^19', axios: '^1' } }, null, 2));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, paths: { '@/*': ['./*'] } } }, null, 2));
  write('.gitignore', 'node_modules\n.next\n');
  const size = () => 2000 + Math.floor(rand() * 4000);
  const routes = Math.max(1, Math.floor(count * 0.05));
  const callers = Math.floor(count * 0.2);
  const actionModules = Math.max(1, Math.floor(count * 0.03));
  const pages = Math.floor(count * 0.15);
  let files = 0;

  for (let r = 0; r < routes; r++) {
    const w = WORDS[r % WORDS.length]!;
    const webhook = r % 3 === 0;
    const body = webhook
      ? `import { NextResponse } from 'next/server'\n\nexport async function POST(request: Request) {\n  const signature = request.headers.get('stripe-signature')\n  if (!signature) return NextResponse.json({ error: 'Missing signature' }, { status: 400 })\n  const raw = await request.text()\n  return NextResponse.json({ received: raw.length > 0 })\n}\n`
      : `import { NextResponse } from 'next/server'\n\nexport async function POST(request: Request) {\n  const { ${w}Name } = (await request.json()) as { ${w}Name?: string }\n  if (!${w}Name) {\n    return NextResponse.json({ error: '${w} name required' }, { status: 400 })\n  }\n  return NextResponse.json({ id: '${r}', ${w}Name }, { status: 201 })\n}\n`;
    write(`app/api/${w}s${r}/route.ts`, `${body}\n${filler(rand, 'Route', size() - body.length).replace(/^export /gm, '')}\n`);
    files++;
  }
  for (let c = 0; c < callers; c++) {
    const r = (c * 7) % routes;
    const w = WORDS[r % WORDS.length]!;
    const useAxios = c % 4 === 0;
    const call = useAxios
      ? `    await axios.post('/api/${w}s${r}', { ${w}Name: name })`
      : `    const res = await fetch('/api/${w}s${r}', {\n      method: 'POST',\n      headers: { 'Content-Type': 'application/json' },\n      body: JSON.stringify({ ${w}Name: name }),\n    })\n    const data = await res.json()\n    if (!res.ok) setError(data.error)`;
    const head = `'use client'\n\n${useAxios ? "import axios from 'axios'\n" : ''}import { useState } from 'react'\n\nexport function ${w[0]!.toUpperCase()}${w.slice(1)}Form${c}() {\n  const [error, setError] = useState('')\n  async function save(name: string) {\n${call}\n  }\n  return <button onClick={() => save('x')}>{error || 'Save'}</button>\n}\n`;
    write(`components/forms/${w}-form-${c}.tsx`, `${head}\n${filler(rand, 'Form', size() - head.length)}\n`);
    files++;
  }
  for (let a = 0; a < actionModules; a++) {
    const head = `'use server'\n\nexport async function archive${a}(formData: FormData) {\n  const id = String(formData.get('id') ?? '')\n  return { archived: id }\n}\n`;
    write(`app/actions/archive-${a}.ts`, `${head}\n${filler(rand, 'Action', size() - head.length).replace(/^export function/gm, 'function')}\n`);
    files++;
  }
  for (let p = 0; p < pages; p++) {
    const a = p % actionModules;
    const usesAction = p % 5 === 0;
    const head = usesAction
      ? `import { archive${a} } from '@/app/actions/archive-${a}'\n\nexport default function Page() {\n  return <form action={archive${a}}><input name="id" /><button>Archive</button></form>\n}\n`
      : `export default function Page() {\n  return <main><h1>Page ${p}</h1></main>\n}\n`;
    write(`app/section-${p % 40}/page-${p}/page.tsx`, `${head}\n${filler(rand, 'Page', size() - head.length)}\n`);
    files++;
  }
  while (files < count) {
    const lib = files % 2 === 0;
    const text = filler(rand, lib ? 'Lib' : 'Ui', size());
    write(lib ? `lib/util-${files}.ts` : `components/ui/widget-${files}.tsx`, `${text}\n`);
    files++;
  }
  return { dir, files };
}
