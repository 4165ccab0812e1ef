import { describe, expect, it } from 'vitest';
import { catchesEverything, wrapUnexpectedErrors } from '../src/rewrite/unexpected-errors.ts';
import { parseModule } from '../src/scan/parse-source.ts';

const bodyOf = (code: string) => (parseModule('a.ts', code).program.body[0] as unknown as { body: unknown }).body;

describe('errors a converted handler does not catch answer 500, as the route did', () => {
  it('wraps the body one level deeper and leaves multi-line template text as it was', () => {
    const body = "{\n  const sql = `\n  select 1\n`\n  return { ok: true, status: 200, data: run(sql) }\n}";
    expect(wrapUnexpectedErrors('a.ts', body, '', "'", true)).toBe(
      "{\n  try {\n    const sql = `\n  select 1\n`\n    return { ok: true, status: 200, data: run(sql) }\n  } catch (error) {\n    // redirect() and notFound() throw errors Next answers itself\n    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error\n    console.error(error)\n    return { ok: false, status: 500, data: '' }\n  }\n}",
    );
  });

  it('spreads a one-line body over lines first', () => {
    expect(wrapUnexpectedErrors('a.js', '{ return run() }', ';', '"', false)).toBe(
      '{\n  try {\n    return run()\n  } catch (error) {\n    // redirect() and notFound() throw errors Next answers itself\n    if (typeof error?.digest === "string") throw error;\n    console.error(error);\n    return { ok: false, status: 500, data: "" };\n  }\n}',
    );
  });

  it('leaves alone a handler whose whole body is a try that answers every error itself', () => {
    expect(catchesEverything(bodyOf('async function f() { try { a() } catch (e) { return b(e) } }'))).toBe(true);
    expect(catchesEverything(bodyOf('async function f() { try { a() } catch (e) { throw e } }'))).toBe(false);
    expect(catchesEverything(bodyOf('async function f() { const x = a(); try { b(x) } catch (e) { return c() } }'))).toBe(false);
  });
});
