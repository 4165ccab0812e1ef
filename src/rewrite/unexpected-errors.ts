/**
 * An error a route handler does not catch is answered by Next with a 500, and the client
 * sees that status (`res.ok` false). Thrown from an action, it would reach the client as
 * React's hidden production error instead. So the converted body is wrapped: an unexpected
 * error becomes `{ ok: false, status: 500, data: '' }`, logged on the server as Next logged
 * it, while redirect() and notFound() still pass through: Next's own errors carry a string
 * `digest` (NEXT_REDIRECT, NEXT_HTTP_ERROR_FALLBACK, …) in every version, where
 * `unstable_rethrow` exists only from Next 15.
 */
import { parseModule } from '../scan/parse-source.ts';
import { walk } from '../scan/ast.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

/** Whether the handler already answers every error itself: its body is one try whose catch does not rethrow. */
export function catchesEverything(body: AnyNode): boolean {
  const only = body.body.length === 1 ? body.body[0] : undefined;
  return only?.type === 'TryStatement' && !!only.handler && !only.handler.body.body.some((s: AnyNode) => s.type === 'ThrowStatement');
}

/** `{ …statements }` → `{ try { …statements } catch (error) { … } }`, re-indented one level, template literals untouched. */
export function wrapUnexpectedErrors(file: string, bodyText: string, semi: string, quote: string, typescript: boolean): string {
  const eol = bodyText.includes('\r\n') ? '\r\n' : '\n';
  const lines = bodyText.split(/\r?\n/);
  if (lines.length < 3) return wrapUnexpectedErrors(file, `{${eol}  ${bodyText.slice(1, -1).trim()}${eol}}`, semi, quote, typescript);
  const unit = /^[ \t]+/.exec(lines.slice(1).find((l) => l.trim()) ?? '')?.[0] ?? '  ';
  // Lines that begin inside a multi-line template literal are its text, not indentation.
  const prefix = 'async function wrapped() ';
  const verbatim: [number, number][] = [];
  walk(parseModule(file, prefix + bodyText).program, (node: AnyNode) => {
    if (node.type === 'TemplateLiteral' && node.loc.start.line !== node.loc.end.line) verbatim.push([node.start - prefix.length, node.end - prefix.length]);
  });
  const starts: number[] = [];
  for (let i = 0, pos = 0; i < lines.length; pos += lines[i]!.length + eol.length, i++) starts.push(pos);
  const inner = lines.slice(1, -1).map((line, i) => {
    const start = starts[i + 1]!;
    return !line.trim() || verbatim.some(([s, e]) => s < start && start < e) ? line : unit + line;
  });
  const closing = lines[lines.length - 1]!;
  const base = /^[ \t]*/.exec(closing)![0] + unit;
  return [
    lines[0],
    `${base}try {`,
    ...inner,
    `${base}} catch (error) {`,
    `${base}${unit}// redirect() and notFound() throw errors Next answers itself`,
    `${base}${unit}if (typeof ${typescript ? '(error as { digest?: unknown } | null)' : 'error'}?.digest === ${quote}string${quote}) throw error${semi}`,
    `${base}${unit}console.error(error)${semi}`,
    `${base}${unit}return { ok: false, status: 500, data: ${quote}${quote} }${semi}`,
    `${base}}`,
    closing,
  ].join(eol);
}
