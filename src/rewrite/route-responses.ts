import { memberPath, propertyKey } from '../scan/ast.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

/** The generated helper that reads a `Response` built at run time into the action's result. */
export const ROUTE_RESULT_HELPER = 'routeResult';

/**
 * What a returned response becomes in the action:
 * - `static`: status and body are written in the code, and the body is a value JSON keeps as
 *   it is, so the result can be written as a literal;
 * - `runtime`: a response the action builds and then reads with the generated helper, so the
 *   caller gets exactly what the route's client read (JSON turns a Date into a string, drops
 *   `undefined`, and flattens class instances; a status or body only known at run time);
 * - `decline`: the response carries something an action result can't.
 */
export type ResponseReading =
  | { kind: 'static'; status: number; data: AnyNode | 'null' | 'undefined' }
  | { kind: 'runtime' }
  | { kind: 'decline'; reason: string };

const RESPONSE = new Set(['NextResponse', 'Response']);
const NAVIGATION_THROWS = /^(redirect|permanentRedirect|notFound|forbidden|unauthorized)$/;

/** `{ status: 400, statusText: '…', headers: { 'content-type': 'application/json' } }` → its parts. */
function readInit(init: AnyNode | undefined): { status?: number; runtimeStatus: boolean; contentType?: string } | { reason: string } {
  if (!init) return { status: 200, runtimeStatus: false };
  if (init.type !== 'ObjectExpression') return { status: undefined, runtimeStatus: true };
  let status: number | undefined = 200;
  let runtimeStatus = false;
  let contentType: string | undefined;
  for (const prop of init.properties) {
    const key = propertyKey(prop);
    if (prop.type !== 'ObjectProperty' || !key) return { status: undefined, runtimeStatus: true };
    if (key === 'status') {
      if (prop.value.type === 'NumericLiteral') status = prop.value.value;
      else {
        status = undefined;
        runtimeStatus = true;
      }
    } else if (key === 'headers') {
      const headers = prop.value;
      if (headers.type !== 'ObjectExpression') return { reason: 'a response sets headers this migration cannot read, and an action result carries no headers' };
      for (const h of headers.properties) {
        const name = propertyKey(h);
        if (!/^content-type$/i.test(name ?? '')) return { reason: `a response sets the ${name ?? 'computed'} header, and an action result carries no headers` };
        contentType = h.value?.type === 'StringLiteral' ? h.value.value : 'unknown';
      }
    } else if (key !== 'statusText') {
      return { reason: `a response sets \`${key}\`, which an action result does not carry` };
    }
  }
  return { status, runtimeStatus, contentType };
}

/** A value JSON would give back unchanged, as far as the code shows: literals, and arrays and objects of them. */
export function isPlainValue(node: AnyNode): boolean {
  switch (node?.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'TemplateLiteral':
      return true;
    case 'UnaryExpression':
      return node.operator === '!' || node.operator === 'typeof';
    case 'BinaryExpression':
      return /^(===|!==|==|!=|<|>|<=|>=|instanceof|in)$/.test(node.operator);
    case 'ArrayExpression':
      return node.elements.every((e: AnyNode) => e && e.type !== 'SpreadElement' && isPlainValue(e));
    case 'ObjectExpression':
      return node.properties.every((p: AnyNode) => p.type === 'ObjectProperty' && !p.computed && !p.shorthand && isPlainValue(p.value));
    default:
      return false;
  }
}

/** A text body a client's `res.json()` would parse: the result must carry the parsed value, as `routeResult` does. */
function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** How a handler's `return <arg>` turns into the action's result. */
export function readResponse(arg: AnyNode | null | undefined): ResponseReading {
  if (!arg) return { kind: 'decline', reason: 'the handler returns nothing, which a route answers with an error' };
  const callee = arg.type === 'CallExpression' || arg.type === 'NewExpression' ? memberPath(arg.callee) ?? '' : '';
  if (arg.type === 'CallExpression' && NAVIGATION_THROWS.test(callee)) {
    return { kind: 'decline', reason: `\`${callee}()\` answers a fetch with a status, but makes an action navigate` };
  }
  if (arg.type === 'CallExpression' && /^(NextResponse|Response)\.(rewrite|next|error)$/.test(callee)) {
    return { kind: 'decline', reason: `\`${callee}()\` has no equivalent in an action` };
  }
  const json = arg.type === 'CallExpression' && /^(NextResponse|Response)\.json$/.test(callee);
  const constructed = arg.type === 'NewExpression' && RESPONSE.has(callee);
  if (!json && !constructed) return { kind: 'runtime' };
  if (arg.arguments.some((a: AnyNode) => a.type === 'SpreadElement')) return { kind: 'runtime' };
  const [body, initNode] = arg.arguments;
  const init = readInit(initNode);
  if ('reason' in init) return { kind: 'decline', reason: init.reason };
  if (init.status === undefined) return { kind: 'runtime' };
  const status = init.status;
  if (json) return body && !isPlainValue(body) ? { kind: 'runtime' } : { kind: 'static', status, data: body ?? 'undefined' };
  if (!body || body.type === 'NullLiteral' || (body.type === 'Identifier' && body.name === 'undefined')) return { kind: 'static', status, data: 'null' };
  const stringified = body.type === 'CallExpression' && memberPath(body.callee) === 'JSON.stringify' && body.arguments.length === 1 ? body.arguments[0] : undefined;
  if (stringified && isPlainValue(stringified) && (!init.contentType || /json/i.test(init.contentType))) return { kind: 'static', status, data: stringified };
  if (body.type === 'StringLiteral' && !isJsonText(body.value) && (!init.contentType || !/json/i.test(init.contentType))) return { kind: 'static', status, data: body };
  return { kind: 'runtime' };
}

export function resultText(status: number, data: string): string {
  return `{ ok: ${status >= 200 && status < 300}, status: ${status}, data: ${data} }`;
}

/** The helper's source, added once to an action module whose actions read responses at run time. */
export function routeResultHelper(typescript: boolean, semi: string, indent = '  '): string {
  const [param, returns] = typescript ? [': Response | Promise<Response>', ': Promise<RouteResult>'] : ['', ''];
  return [
    "/** What the route's client read from a response: its status, and its body as JSON when it is JSON (whatever its content type), else as text. */",
    `async function ${ROUTE_RESULT_HELPER}(response${param})${returns} {`,
    `  const answer = await response${semi}`,
    `  const text = await answer.text()${semi}`,
    `  let data${typescript ? ': unknown' : ''} = text${semi}`,
    '  try {',
    `    data = JSON.parse(text)${semi}`,
    '  } catch {',
    `    // not JSON: the client read it with res.text()`,
    '  }',
    `  return { ok: answer.ok, status: answer.status, data }${semi}`,
    '}',
  ]
    .map((line) => line.replace(/^(?: {2})+/, (lead) => indent.repeat(lead.length / 2)))
    .join('\n');
}

/** `new URL('/thanks', request.url)` or '/thanks' → the path node; anything else → undefined. */
export function redirectTarget(arg: AnyNode, requestUrlNews: Set<AnyNode>): AnyNode | undefined {
  const isPath = (n: AnyNode) =>
    (n?.type === 'StringLiteral' && n.value.startsWith('/') && !n.value.startsWith('//')) ||
    (n?.type === 'TemplateLiteral' && n.quasis[0].value.cooked.startsWith('/') && !n.quasis[0].value.cooked.startsWith('//'));
  if (isPath(arg)) return arg;
  if (arg?.type === 'NewExpression' && requestUrlNews.has(arg) && isPath(arg.arguments[0])) return arg.arguments[0];
  return undefined;
}
