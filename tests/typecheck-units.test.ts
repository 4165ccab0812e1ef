// The pieces of the type check on their own: which units a new error is charged to, how a
// line of a planned file maps back to the file on disk, and which TypeScript is loaded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileChange } from '../src/plan/types.ts';
import { attributeErrors } from '../src/verify/attribute.ts';
import { originalLine } from '../src/verify/line-map.ts';
import { loadTypeScript } from '../src/verify/load-typescript.ts';
import { createTypeChecker } from '../src/verify/typecheck.ts';
import { PINNED_TYPESCRIPT, PINNED_VERSION } from './helpers/typecheck.ts';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-typecheck-unit-'));
  temps.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const A = { id: 'POST /api/posts', actionName: 'createPost' };
const B = { id: 'POST /api/posts/[id]/like', actionName: 'likePost' };
const C = { id: 'POST /api/notes', actionName: 'createNote' };
const CHANGES: FileChange[] = [
  { file: 'app/actions/posts.ts', before: null, after: 'x\n', units: [A.id, B.id] },
  { file: 'app/api/posts/route.ts', before: 'x\n', after: null, units: [A.id] },
  { file: 'components/posts.tsx', before: 'a\nb\n', after: 'a\nB\n', units: [A.id, B.id] },
  { file: 'components/note.tsx', before: 'n\n', after: 'N\n', units: [C.id] },
];
const error = (file: string, extra: object = {}) => ({ file, line: 2, code: 2322, message: "Type 'number' is not assignable\n  to type 'string'.", ...extra });
const charged = (errors: ReturnType<typeof error>[]) => attributeErrors(errors, CHANGES, [A, B, C]).map((d) => d.unit).sort();

describe('attributing a new type error to units', () => {
  it('charges a file one unit changes to that unit, with file:line and the code in the reason, on one line', () => {
    expect(attributeErrors([error('components/note.tsx')], CHANGES, [A, B, C])).toEqual([
      { unit: C.id, file: 'components/note.tsx', line: 1, reason: "type check: components/note.tsx:1: TS2322 Type 'number' is not assignable to type 'string'." },
    ]);
  });

  it('charges an error in a shared action module to the unit whose action holds it', () => {
    expect(charged([error('app/actions/posts.ts', { declaration: 'likePost' })])).toEqual([B.id]);
  });

  it('charges an error outside any action of a shared module (its imports, the result type) to all its units', () => {
    expect(charged([error('app/actions/posts.ts', { declaration: 'RouteResult' })])).toEqual([A.id, B.id].sort());
    expect(charged([error('app/actions/posts.ts')])).toEqual([A.id, B.id].sort());
  });

  it('charges a caller file several units rewrite to all of them', () => {
    expect(charged([error('components/posts.tsx', { declaration: 'createPost' })])).toEqual([A.id, B.id].sort());
  });

  it('charges an untouched file to the units whose changed files it imports, else to every unit', () => {
    expect(charged([error('lib/uses-route.ts', { reaches: ['app/api/posts/route.ts'] })])).toEqual([A.id]);
    expect(charged([error('lib/elsewhere.ts', { reaches: [] })])).toEqual([A.id, B.id, C.id].sort());
    expect(charged([{ file: '', line: 0, code: 5023, message: 'Unknown compiler option.' }])).toEqual([A.id, B.id, C.id].sort());
  });

  it('gives a unit with many errors five of them and a count of the rest', () => {
    const declines = attributeErrors(Array.from({ length: 7 }, () => error('components/note.tsx')), CHANGES, [A, B, C]);
    expect(declines).toHaveLength(6);
    expect(declines[5]!.reason).toBe('type check: and 2 more new type errors');
  });
});

describe('mapping a planned line back to the file on disk', () => {
  const before = ['import a', '', 'function f() {', '  const r = await fetch(x)', '  return r', '}'].join('\n');
  const after = ['import a', 'import { act } from "y"', '', 'function f() {', '  const r = await act()', '  return r', '}'].join('\n');

  it('maps unchanged lines past an inserted import, and a rewritten line to the one it replaced', () => {
    expect(originalLine(before, after, 1)).toBe(1);
    expect(originalLine(before, after, 4)).toBe(3);
    expect(originalLine(before, after, 5)).toBe(4);
    expect(originalLine(before, after, 6)).toBe(5);
  });

  it('maps an inserted line to the line it was inserted before', () => {
    expect(originalLine(before, after, 2)).toBe(2);
  });
});

describe("loading the app's TypeScript", () => {
  it('loads an explicit TypeScript and gives its version', () => {
    const loaded = loadTypeScript(scratch({ 'package.json': '{}' }), PINNED_TYPESCRIPT);
    expect(loaded).toMatchObject({ ok: true, version: PINNED_VERSION });
  });

  it('finds TypeScript in a parent folder, as in a monorepo', () => {
    const fake = 'module.exports = { version: "5.8.0" }';
    const root = scratch({ 'node_modules/typescript/package.json': '{"name":"typescript","version":"5.8.0","main":"index.js"}', 'node_modules/typescript/index.js': fake, 'apps/web/package.json': '{}' });
    const loaded = loadTypeScript(path.join(root, 'apps/web'));
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.reason).toContain(`TypeScript 5.8.0 (${path.join(root, 'node_modules/typescript/index.js')}) has no JavaScript compiler API`);
  });

  it('reports a TypeScript without the JavaScript compiler API (TypeScript 7) as not usable, with its version', () => {
    const root = scratch({ 'node_modules/typescript/package.json': '{"name":"typescript","version":"7.0.0","main":"lib/main.js"}', 'node_modules/typescript/lib/main.js': 'module.exports = {}' });
    const loaded = loadTypeScript(root);
    expect(loaded).toEqual({ ok: false, reason: expect.stringMatching(/^TypeScript 7\.0\.0 \(.*\) has no JavaScript compiler API \(createProgram, .*missing\), as TypeScript 7's native compiler has none$/) });
  });

  it('reports an app with no TypeScript to resolve', () => {
    const root = scratch({ 'package.json': '{}' });
    expect(loadTypeScript(root)).toEqual({ ok: false, reason: `TypeScript is not installed where ${root} can resolve it (add typescript to its devDependencies and install)` });
  });
});

describe('the differential check', () => {
  const app = {
    'package.json': '{}',
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', lib: ['esnext'], types: [] }, include: ['**/*.ts'] }),
    'lib/old.ts': "export const broken: number = 'already broken'\n",
    'lib/id.ts': 'export function show(id: string): string {\n  return id\n}\n',
    'lib/user.ts': "import { show } from './id'\n\nexport const label = show('1')\n",
  };

  it("counts only the errors the plan adds, in new, changed and untouched files; the untouched tree's own errors don't count", () => {
    const dir = scratch(app);
    const setup = createTypeChecker(dir, { typescriptPath: PINNED_TYPESCRIPT });
    if (!setup.ok) throw new Error(setup.reason);
    const changes: FileChange[] = [
      { file: 'lib/id.ts', before: app['lib/id.ts'], after: 'export function show(id: number): string {\n  return String(id)\n}\n', units: ['u'] },
      { file: 'lib/new/made.ts', before: null, after: "import { show } from '../id'\n\nexport const made: string = show(2)\nexport const bad: number = show(3)\n", units: ['u'] },
    ];
    const { newErrors } = setup.checker.check(changes);
    expect(newErrors.map((e) => [e.file, e.line, e.code, e.reaches])).toEqual([
      ['lib/new/made.ts', 4, 2322, undefined],
      ['lib/user.ts', 3, 2345, ['lib/id.ts']],
    ]);
  });

  it('takes an error that leaves a removed file and stands word for word in a new one as moved with the code, not new', () => {
    const dir = scratch(app);
    const setup = createTypeChecker(dir, { typescriptPath: PINNED_TYPESCRIPT });
    if (!setup.ok) throw new Error(setup.reason);
    const { newErrors } = setup.checker.check([
      { file: 'lib/old.ts', before: app['lib/old.ts'], after: null, units: ['u'] },
      { file: 'lib/moved.ts', before: null, after: "export const broken: number = 'already broken'\nexport const fresh: number = 'new'\n", units: ['u'] },
    ]);
    expect(newErrors.map((e) => [e.file, e.line, e.code])).toEqual([['lib/moved.ts', 2, 2322]]);
  });

  it('hides a file the plan removes, and says what breaks because of it', () => {
    const dir = scratch(app);
    const setup = createTypeChecker(dir, { typescriptPath: PINNED_TYPESCRIPT });
    if (!setup.ok) throw new Error(setup.reason);
    const { newErrors } = setup.checker.check([{ file: 'lib/id.ts', before: app['lib/id.ts'], after: null, units: ['u'] }]);
    expect(newErrors).toEqual([expect.objectContaining({ file: 'lib/user.ts', code: 2307, reaches: ['lib/id.ts'] })]);
  });
});
