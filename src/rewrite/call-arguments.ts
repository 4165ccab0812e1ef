import type { RouteParam } from './converted-action.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

type UrlPart = { text: string } | { expr: AnyNode };

/** `'/api/' + id`, `` `/api/${id}` `` and `new URL('/api/x', base)` as a list of static text and expressions. */
function urlParts(node: AnyNode): UrlPart[] | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral') return [{ text: node.value }];
  if (node.type === 'TemplateLiteral') {
    const parts: UrlPart[] = [];
    node.quasis.forEach((q: AnyNode, i: number) => {
      if (q.value.cooked) parts.push({ text: q.value.cooked });
      if (node.expressions[i]) parts.push({ expr: node.expressions[i] });
    });
    return parts;
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const left = urlParts(node.left) ?? [{ expr: node.left }];
    const right = urlParts(node.right) ?? [{ expr: node.right }];
    return [...left, ...right];
  }
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'URL') return urlParts(node.arguments[0]);
  return undefined;
}

type Segment = { text: string } | { expr: AnyNode } | { mixed: true };

const STRING_EXPRESSIONS = new Set(['StringLiteral', 'TemplateLiteral']);

function segmentsOf(parts: UrlPart[]): Segment[] | undefined {
  const segments: UrlPart[][] = [[]];
  for (const part of parts) {
    if ('expr' in part) {
      segments[segments.length - 1]!.push(part);
      continue;
    }
    const pieces = part.text.split('/');
    pieces.forEach((piece, i) => {
      if (i > 0) segments.push([]);
      if (piece) segments[segments.length - 1]!.push({ text: piece });
    });
  }
  if (segments[0]?.length) return undefined; // no leading slash: not a path of this app
  return segments.slice(1).filter((s, i, all) => s.length || i < all.length - 1).map((s): Segment => {
    if (s.length === 1 && 'expr' in s[0]!) return { expr: s[0].expr };
    if (s.every((p) => 'text' in p)) return { text: s.map((p) => (p as { text: string }).text).join('') };
    return { mixed: true };
  });
}

/** `text`: the `{ id: … }` argument; `query`: the query string the URL carries, as code (`''` when none). */
export type ParamsResult = { ok: true; text: string | undefined; query: string } | { ok: false; reason: string };

/**
 * The `{ id: … }` argument an action needs, read from the URL the caller requested.
 * `routeUrl` is the route's URL without basePath; the caller's URL may carry basePath.
 */
export function paramsArgument(urlNode: AnyNode, routeUrl: string, params: RouteParam[], basePath: string, source: string, resolvedUrl?: string): ParamsResult {
  // A constant (`API_ROUTE_X`, `routes.x`) the analysis read as a fixed URL stands for that text.
  const constant = (urlNode?.type === 'Identifier' || urlNode?.type === 'MemberExpression') && resolvedUrl !== undefined && !resolvedUrl.includes('{}');
  const parts = urlParts(constant ? { type: 'StringLiteral', value: resolvedUrl } : urlNode);
  if (!parts) return { ok: false, reason: 'the URL is not a string, template or concatenation this migration can split' };
  if (parts.some((p) => 'text' in p && p.text.includes('#'))) return { ok: false, reason: 'the URL carries a hash' };
  const { path, query } = splitQuery(parts);
  let segments = segmentsOf(path);
  if (!segments) return { ok: false, reason: 'the URL is not a path of this app' };
  const baseSegments = basePath.split('/').filter(Boolean);
  if (baseSegments.length && baseSegments.every((b, i) => 'text' in segments![i]! && (segments![i] as { text: string }).text === b)) segments = segments.slice(baseSegments.length);
  const routeSegments = routeUrl.split('/').filter(Boolean);
  const fields: string[] = [];
  const textOf = (s: Segment) => ('expr' in s ? source.slice(s.expr.start, s.expr.end) : JSON.stringify((s as { text: string }).text).replace(/^"|"$/g, "'"));
  for (let i = 0; i < routeSegments.length; i++) {
    const route = routeSegments[i]!;
    const param = /^\[\[?(\.\.\.)?([^\]]+)\]\]?$/.exec(route);
    const segment = segments[i];
    if (!param) {
      if (!segment || !('text' in segment) || segment.text !== route) return { ok: false, reason: `the URL does not spell out the route's /${route} segment` };
      continue;
    }
    const spec = params.find((p) => p.name === param[2]);
    if (!spec) return { ok: false, reason: `no parameter named ${param[2]}` };
    if (spec.kind === 'dynamic') {
      if (!segment || 'mixed' in segment) return { ok: false, reason: `the URL's part for [${spec.name}] mixes text and expressions` };
      // The route received the segment as a string, whatever the caller's value was; the action's params say string.
      const value = 'expr' in segment && !STRING_EXPRESSIONS.has(segment.expr.type) ? `String(${textOf(segment)})` : textOf(segment);
      fields.push(value === spec.name ? spec.name : `${spec.name}: ${value}`);
      continue;
    }
    const rest = segments.slice(i);
    if (rest.some((s) => 'mixed' in s)) return { ok: false, reason: `the URL's part for [...${spec.name}] mixes text and expressions` };
    if (rest.some((s) => 'expr' in s)) return { ok: false, reason: `an expression in the catch-all part may hold several segments` };
    fields.push(`${spec.name}: [${rest.map(textOf).join(', ')}]`);
    segments = segments.slice(0, i + 1);
    break;
  }
  if (segments.length > routeSegments.length) return { ok: false, reason: 'the URL has more segments than the route' };
  return { ok: true, text: fields.length ? `{ ${fields.join(', ')} }` : undefined, query: queryText(query, source) };
}

/** The URL's parts before the first `?`, and those after it. */
function splitQuery(parts: UrlPart[]): { path: UrlPart[]; query: UrlPart[] } {
  const at = parts.findIndex((p) => 'text' in p && p.text.includes('?'));
  if (at < 0) return { path: parts, query: [] };
  const text = (parts[at] as { text: string }).text;
  const mark = text.indexOf('?');
  const before = text.slice(0, mark);
  const after = text.slice(mark + 1);
  return { path: [...parts.slice(0, at), ...(before ? [{ text: before }] : [])], query: [...(after ? [{ text: after }] : []), ...parts.slice(at + 1)] };
}

/** The query string as code: `'draft=1'`, or a template literal when expressions build it. */
function queryText(query: UrlPart[], source: string): string {
  if (query.every((p) => 'text' in p)) return `'${query.map((p) => (p as { text: string }).text).join('').replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const body = query.map((p) => ('text' in p ? p.text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') : `\${${source.slice(p.expr.start, p.expr.end)}}`)).join('');
  return `\`${body}\``;
}
