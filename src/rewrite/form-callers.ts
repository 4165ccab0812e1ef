/**
 * Rewrites `<form action="/api/…" method="post">` into `<form action={theAction}>`.
 * React submits the form to the action with or without JavaScript. A plain form shows
 * whatever the route answered as a page, so only routes that answer with redirects qualify.
 */
import type { File } from '@babel/types';
import type { TextEdit } from './edits.ts';
import { paramsArgument } from './call-arguments.ts';
import { lineOf } from './route-handler.ts';
import { findPaths, statementsAt } from './node-path.ts';
import type { CallRewrite, RewriteOutcome } from './call-rewrite.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export function rewriteFormActions(ast: File, source: string, rewrites: CallRewrite[]): RewriteOutcome {
  const edits: TextEdit[] = [];
  const failures: RewriteOutcome['failures'] = [];
  const done = new Set<CallRewrite>();
  findPaths(statementsAt(ast, rewrites.map((r) => r.line)), (n) => n.type === 'JSXOpeningElement').forEach((p) => {
    const element = p.node;
    const tag = element.name.type === 'JSXIdentifier' ? element.name.name : '';
    if (tag !== 'form' && tag !== 'button' && tag !== 'input') return;
    const rewrite = rewrites.find((r) => r.line === lineOf(element) && !done.has(r));
    if (!rewrite) return;
    const attrs = new Map<string, AnyNode>(element.attributes.filter((a: AnyNode) => a.type === 'JSXAttribute').map((a: AnyNode) => [a.name.name, a]));
    const actionAttr = attrs.get(tag === 'form' ? 'action' : 'formAction');
    if (!actionAttr) return;
    done.add(rewrite);
    const fail = (reason: string) => failures.push({ rewrite, line: lineOf(element), reason });
    if (!rewrite.onlyRedirects) return fail('the route answers this plain form with a response body, which the browser would show as the page; an action cannot');
    if (rewrite.inputs.includes('json')) return fail('the route reads JSON, which a plain form does not send');
    if (rewrite.inputs.includes('query')) return fail('the route reads its query string, which a form action cannot receive after the form data');
    const value = actionAttr.value?.type === 'JSXExpressionContainer' ? actionAttr.value.expression : actionAttr.value;
    const params = paramsArgument(value, rewrite.routeUrl, rewrite.params, rewrite.basePath, source);
    if (!params.ok) return fail(params.reason);
    const boundParams = rewrite.inputs.includes('params') ? params.text ?? '{}' : undefined;
    const target = boundParams ? `${rewrite.localName}.bind(null, ${boundParams})` : rewrite.localName;
    edits.push({ start: actionAttr.value.start, end: actionAttr.value.end, text: `{${target}}` });
    // React sends the form to the action itself; method and encType no longer apply.
    for (const name of tag === 'form' ? ['method', 'encType'] : ['formMethod', 'formEncType']) {
      const attr = attrs.get(name);
      if (!attr) continue;
      let start = attr.start;
      while (start > 0 && /[ \t]/.test(source[start - 1]!)) start--;
      if (source[start - 1] === '\n') {
        start = attr.start;
        while (start > 0 && /[ \t\n]/.test(source[start - 1]!)) start--;
      }
      edits.push({ start, end: attr.end, text: '' });
    }
  });
  for (const r of rewrites) if (!done.has(r)) failures.push({ rewrite: r, line: r.line, reason: 'no form with this action found at this line' });
  return { edits, failures };
}
