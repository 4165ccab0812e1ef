// The layout the pipeline relies on: no import cycles, src/ never reaches into transforms/,
// and every module stays small enough to read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/app-copy.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(REPO, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|cts|mts)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.cts') ? [rel] : [];
  });
}

/** The project files a module imports, statically or with import(), by relative specifier. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(REPO, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)));
}

const FILES = [...sourceFiles('src'), ...sourceFiles('transforms')];

describe('layout', () => {
  it('has no import cycle in src/ or transforms/', () => {
    const graph = new Map(FILES.map((f) => [f, importsOf(f).filter((t) => FILES.includes(t))]));
    const cycles: string[][] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, stack: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(file)), file]);
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...stack, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    expect(cycles.map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds the imports it checks (the graph is not empty)', () => {
    expect(importsOf('src/audit.ts')).toContain('src/analyze/decide.ts');
    expect(importsOf('transforms/route-to-action.ts')).toContain('transforms/lib/planned-file.ts');
  });

  it('keeps transforms/ out of src/: the pipeline never imports the jscodeshift adapters', () => {
    const reaching = sourceFiles('src').filter((f) => importsOf(f).some((t) => t.startsWith('transforms/')));
    expect(reaching).toEqual([]);
  });

  it('has only jscodeshift transforms at the top of transforms/, each with a default export', () => {
    for (const file of sourceFiles('transforms').filter((f) => !f.includes('/lib/'))) {
      expect(readFileSync(path.join(REPO, file), 'utf8'), file).toMatch(/^export default (async )?function transformer\(/m);
    }
  });

  it('keeps every module under 300 lines', () => {
    const long = FILES.map((f) => [f, readFileSync(path.join(REPO, f), 'utf8').split('\n').length] as const).filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
