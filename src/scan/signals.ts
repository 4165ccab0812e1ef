import type { Node } from '@babel/types';
import { calleeName, lineOf, memberPath, objectProperty, propertyKey, stringValue, unwrap, walk } from './ast.ts';
import { shapeUrl, urlText } from './url-expression.ts';

/** Things a handler, an action or a proxy does that the policy weighs. */
export type SignalKind =
  | 'signature'
  | 'api-key-header'
  | 'cors'
  | 'cron-secret'
  | 'rate-limit'
  | 'streaming'
  | 'non-json-response'
  | 'text-response'
  | 'file-upload'
  | 'text-body'
  | 'session-check'
  | 'response-headers'
  | 'response-cookies'
  | 'redirect-offsite'
  | 'redirect-internal'
  | 'raw-body'
  | 'form-data-body'
  | 'json-body'
  | 'session-cookie'
  | 'responds'
  | 'rewrite';

export interface Signal {
  kind: SignalKind;
  line: number;
  detail: string;
}

const SIGNATURE_HEADER = /signature|hmac|^svix-|^webhook-id$/i;
const API_KEY_HEADER = /^(authorization|x-api-key|api-key|x-api-token|x-auth-token)$|api[-_]?key/i;
const SIGNATURE_CALL = /(^|\.)(constructEvent|constructEventAsync|verifySignature|verifyWebhook|verifyWebhookSignature|validateSignature|verifyRequestSignature)$/;
const RATE_LIMIT_CALL = /rate.?limit|limiter|throttle/i;
const STREAM_CALL = /(^|\.)(pipeThrough|toDataStreamResponse|toTextStreamResponse|toUIMessageStreamResponse)$/;
const STREAM_CLASS = /^(ReadableStream|TransformStream|StreamingTextResponse)$/;

function isResponseClass(name: string | undefined): boolean {
  return name === 'Response' || name === 'NextResponse';
}

function contentTypeOf(headers: Node | undefined): string | undefined {
  if (!headers) return undefined;
  const n = unwrap(headers);
  if (n.type !== 'ObjectExpression') return undefined;
  for (const prop of n.properties) {
    if (prop.type === 'ObjectProperty' && propertyKey(prop)?.toLowerCase() === 'content-type') return stringValue(prop.value) ?? '?';
  }
  return undefined;
}

/** Header names set on a response other than its content type, which `bodyKind` weighs. */
function extraHeaderNames(headers: Node | undefined): string[] {
  if (!headers) return [];
  const n = unwrap(headers);
  if (n.type !== 'ObjectExpression') return ['(computed headers)'];
  const names: string[] = [];
  for (const prop of n.properties) {
    if (prop.type !== 'ObjectProperty') {
      names.push('(spread headers)');
      continue;
    }
    const key = propertyKey(prop) ?? '(computed)';
    if (key.toLowerCase() !== 'content-type') names.push(key);
  }
  return names;
}

const TEXT_CONTENT = /^(text\/(?!event-stream)|application\/(json|[\w.+-]*\+json)\b)/i;
const STREAM_BODY = /(^|\.)(body|stream|readable|readableStream)$/i;

/**
 * What a `new Response(body, init)` sends. JSON written by hand and plain text are values a
 * caller reads as a string: an action's result carries them. A stream, a binary body or a
 * body this tool can't see the type of is HTTP control.
 */
function bodyKind(body: Node | undefined, contentType: string | undefined): { readable: boolean; json: boolean; what: string } {
  const n = body ? unwrap(body) : undefined;
  if (contentType !== undefined && contentType !== '?' && !TEXT_CONTENT.test(contentType)) return { readable: false, json: false, what: `a ${contentType} body` };
  if (!n || n.type === 'NullLiteral' || (n.type === 'Identifier' && n.name === 'undefined')) return { readable: true, json: true, what: 'answers with an empty body' };
  if (n.type === 'CallExpression' && calleeName(n) === 'JSON.stringify') return { readable: true, json: true, what: 'answers JSON written by hand' };
  if (/json/i.test(contentType ?? '')) return { readable: true, json: true, what: 'answers with a JSON content type set by hand' };
  if (n.type === 'StringLiteral' || n.type === 'TemplateLiteral' || (n.type === 'BinaryExpression' && n.operator === '+')) return { readable: true, json: false, what: 'answers plain text' };
  const path = memberPath(n) ?? calleeName(n) ?? '';
  if (/(^|\.)(message|toString|join|String)$/.test(path)) return { readable: true, json: false, what: 'answers plain text' };
  if (STREAM_BODY.test(path)) return { readable: false, json: false, what: `a stream (${path})` };
  if (/^(text\/|application\/json)/i.test(contentType ?? '')) return { readable: true, json: false, what: `answers ${contentType}` };
  return { readable: false, json: false, what: `a body whose type this tool cannot see${path ? ` (${path})` : ''}` };
}

function statusText(init: Node | undefined): string {
  const status = objectProperty(init, 'status');
  return status && unwrap(status).type === 'NumericLiteral' ? ` with status ${(unwrap(status) as { value: number }).value}` : '';
}

/** `req.method === 'GET'` and the like: the method a branch runs for, so a shared handler's other branches are skipped. */
function methodTest(test: Node, isRequestName: (name: string | undefined) => boolean): { method: string; equal: boolean } | undefined {
  const n = unwrap(test);
  if (n.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(n.operator)) return undefined;
  const [a, b] = [n.left, n.right];
  const side = (x: Node, y: Node) => {
    const path = memberPath(x);
    const method = stringValue(y);
    return path && method && /\.method$/.test(path) && isRequestName(path.split('.')[0]) ? method.toUpperCase() : undefined;
  };
  const method = side(a as Node, b) ?? side(b, a as Node);
  return method ? { method, equal: n.operator.startsWith('=') } : undefined;
}

const SESSION_CALL = /(^|\.)(auth|getToken|getSession|getServerSession|getSessionCookie|getUser|getClaims|updateSession|currentUser|validateRequest|clerkMiddleware|authMiddleware|withAuth|protect)$/;

function redirectSignal(target: Node | undefined, line: number, ownHosts: readonly string[]): Signal {
  const text = target ? urlText(target, new Map()) : undefined;
  const shape = text === undefined ? undefined : shapeUrl(text);
  if (shape && shape.origin !== 'absolute') return { kind: 'redirect-internal', line, detail: shape.path };
  if (shape?.host && ownHosts.includes(shape.host)) return { kind: 'redirect-internal', line, detail: shape.written };
  return {
    kind: 'redirect-offsite',
    line,
    detail: shape ? `redirects to ${shape.written}` : 'redirect target is not a path this tool can read',
  };
}

/**
 * Walks `roots` and lists the signals found. `requestParam` is the name of the handler's
 * request argument, so that `req.text()` is told apart from `res.text()`. With `method`, the
 * branches of a handler shared by several methods that test for another method are skipped.
 */
export function collectSignals(roots: readonly Node[], requestParam: string | undefined, ownHosts: readonly string[] = [], method?: string): Signal[] {
  const signals: Signal[] = [];
  let fileUse: Node | undefined;
  /** Names bound to `form.get(…)` or `form.getAll(…)`: an upload is read through one of them. */
  const formFields = new Set<string>();
  const isFileType = (type: Node | undefined): boolean =>
    !!type && ((type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && /^(File|Blob)$/.test(type.typeName.name)) || (type.type === 'TSArrayType' && isFileType(type.elementType)));
  const add = (kind: SignalKind, node: Node, detail: string) => signals.push({ kind, line: lineOf(node), detail });
  const isRequestName = (name: string | undefined) => !!name && (name === requestParam || name === 'request' || name === 'req');
  const isRequest = (node: Node) => isRequestName(memberPath(node));

  /** With a method: whether this `if`/`?:` tests for one, and if so, the branch that runs for ours. */
  const branchFor = (node: Node): { run: Node | null | undefined } | undefined => {
    if (!method || (node.type !== 'IfStatement' && node.type !== 'ConditionalExpression')) return undefined;
    const branch = methodTest(node.test, isRequestName);
    if (!branch) return undefined;
    return { run: (branch.method === method) === branch.equal ? node.consequent : node.alternate };
  };
  /** `if (req.method === 'POST') { …; return … }`: what follows in the block runs for the other methods only. */
  const endsOurBranch = (node: Node): boolean => {
    const branch = branchFor(node);
    if (!branch || node.type !== 'IfStatement' || branch.run !== node.consequent) return false;
    const last = node.consequent.type === 'BlockStatement' ? node.consequent.body[node.consequent.body.length - 1] : node.consequent;
    return last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement';
  };
  const scan = (root: Node): void =>
    walk(root, (node) => {
      const branch = branchFor(node);
      if (branch) {
        if (branch.run) scan(branch.run);
        return false;
      }
      if (method && node.type === 'BlockStatement') {
        for (const statement of node.body) {
          scan(statement);
          if (endsOurBranch(statement)) break;
        }
        return false;
      }
      if (node.type === 'StringLiteral' && /^access-control-allow-/i.test(node.value)) add('cors', node, `sets ${node.value}`);
      if (node.type === 'StringLiteral' && /^text\/event-stream/i.test(node.value)) add('streaming', node, 'answers text/event-stream');
      if (node.type === 'StringLiteral' && /^set-cookie$/i.test(node.value)) add('response-cookies', node, 'sets a Set-Cookie header');
      if (node.type === 'ObjectProperty' && propertyKey(node) === 'status' && node.value.type === 'NumericLiteral' && node.value.value === 429) {
        add('rate-limit', node, 'answers 429 Too Many Requests');
      }
      if (node.type === 'MemberExpression' && memberPath(node) === 'process.env.CRON_SECRET') add('cron-secret', node, 'checks CRON_SECRET, as cron jobs do');
      if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'body' && isRequest(node.object)) {
        add('raw-body', node, 'reads the request body stream');
      }

      if (node.type === 'BinaryExpression' && node.operator === 'instanceof' && node.right.type === 'Identifier' && (node.right.name === 'File' || node.right.name === 'Blob')) fileUse ??= node;
      if (node.type === 'TSAsExpression' && isFileType(node.typeAnnotation)) fileUse ??= node;
      if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
        let init = unwrap(node.init);
        if (init.type === 'AwaitExpression') init = unwrap(init.argument);
        if (/\.(get|getAll)$/.test(calleeName(init) ?? '')) formFields.add(node.id.name);
      }
      if (node.type === 'NewExpression') {
        const name = calleeName(node);
        if (name && STREAM_CLASS.test(name)) add('streaming', node, `creates a ${name}`);
        if (name === 'Webhook') add('signature', node, 'verifies a webhook with new Webhook(…)');
        if (isResponseClass(name)) {
          const [body, init] = node.arguments;
          const contentType = contentTypeOf(objectProperty(init, 'headers'));
          const kind = bodyKind(body, contentType);
          if (kind.readable) add(kind.json ? 'responds' : 'text-response', node, kind.what);
          else add('non-json-response', node, kind.what);
          const extra = extraHeaderNames(objectProperty(init, 'headers'));
          if (extra.length) add('response-headers', node, `sets response headers ${extra.join(', ')}`);
          add('responds', node, `answers with new ${name}(…)${statusText(init)}`);
        }
        return;
      }

      if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return;
      const name = calleeName(node) ?? '';
      const args = node.arguments;

      if (/(^|\.)(get|has)$/.test(name) && args[0]) {
        const header = stringValue(args[0]);
        const onHeaders = /headers(\(\))?\.(get|has)$/i.test(name) || /(headerList|headersList|headerStore|h)\.(get|has)$/.test(name);
        if (header && onHeaders && SIGNATURE_HEADER.test(header)) add('signature', node, `reads the ${header} header`);
        else if (header && onHeaders && API_KEY_HEADER.test(header)) add('api-key-header', node, `reads the ${header} header`);
        else if (header && SIGNATURE_HEADER.test(header) && /-/.test(header)) add('signature', node, `reads ${header}`);
        if (/cookies\.(get|has)$/.test(name)) add('session-cookie', node, `reads the ${header ?? ''} cookie`);
      }
      if (SIGNATURE_CALL.test(name)) add('signature', node, `calls ${name}`);
      if (SESSION_CALL.test(name)) add('session-check', node, `checks the session with ${name}()`);
      if (RATE_LIMIT_CALL.test(name)) add('rate-limit', node, `calls ${name}`);
      if (STREAM_CALL.test(name)) add('streaming', node, `calls ${name}`);

      if (/^(NextResponse|Response)\.json$/.test(name)) {
        const extra = extraHeaderNames(objectProperty(args[1], 'headers'));
        if (extra.length) add('response-headers', node, `sets response headers ${extra.join(', ')}`);
        add('responds', node, `answers with ${name}(…)${statusText(args[1])}`);
      }
      if (/^(NextResponse|Response)\.redirect$/.test(name) || name === 'redirect' || name === 'permanentRedirect') {
        signals.push(redirectSignal(args[0], lineOf(node), ownHosts));
      }
      if (name === 'NextResponse.rewrite') add('rewrite', node, 'rewrites the request');

      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
        const called = memberPath(callee)?.split('.').pop();
        const object = callee.object;
        if (called && isRequest(object)) {
          if (called === 'json') add('json-body', node, 'reads a JSON body');
          if (called === 'formData') add('form-data-body', node, 'reads a FormData body');
          if (called === 'text') add('text-body', node, 'reads a text body');
          if (called === 'arrayBuffer' || called === 'blob' || called === 'bytes') add('raw-body', node, `reads the raw body with ${called}()`);
        }
        const objectPath = memberPath(object) ?? '';
        const onRequest = isRequestName(objectPath.split('.')[0]);
        if ((called === 'set' || called === 'append') && /\.headers$/.test(objectPath) && !onRequest) {
          add('response-headers', node, `sets a response header with ${objectPath}.${called}(…)`);
        }
        if ((called === 'set' || called === 'delete') && /\.cookies$/.test(objectPath) && !onRequest) {
          add('response-cookies', node, `sets a cookie on the response with ${objectPath}.${called}(…)`);
        }
        if ((called === 'arrayBuffer' || called === 'stream' || called === 'bytes') && object.type === 'Identifier' && formFields.has(object.name)) fileUse ??= node;
      }
      return;
    });
  for (const root of roots) scan(root);
  const formData = signals.find((s) => s.kind === 'form-data-body');
  if (formData && fileUse) signals.push({ kind: 'file-upload', line: lineOf(fileUse), detail: 'reads an uploaded file from the FormData body' });
  return signals;
}

/** Signals that, on a route handler, mean an outside caller or HTTP control: the route must stay. */
export const KEEP_ROUTE_SIGNALS: Partial<Record<SignalKind, { rule: string; why: string }>> = {
  signature: { rule: 'external-signature', why: 'verifies a webhook signature, so an outside service calls it' },
  'api-key-header': { rule: 'external-api-key', why: 'checks an API key or Authorization header, as outside callers send' },
  cors: { rule: 'external-cors', why: 'sets CORS headers, so pages on other origins call it' },
  'cron-secret': { rule: 'external-cron', why: 'checks CRON_SECRET, so a scheduler calls it' },
  'rate-limit': { rule: 'rate-limit', why: 'rate-limits its callers' },
  streaming: { rule: 'http-streaming', why: 'streams its response' },
  'non-json-response': { rule: 'http-body', why: 'answers with a body an action cannot return' },
  'response-headers': { rule: 'http-headers', why: 'sets response headers its callers may read' },
  'response-cookies': { rule: 'http-cookies', why: 'sets cookies on the HTTP response' },
  'redirect-offsite': { rule: 'http-redirect-offsite', why: 'redirects to another origin' },
  'raw-body': { rule: 'http-raw-body', why: 'reads the raw request body' },
  'file-upload': { rule: 'http-upload', why: 'takes file uploads, and action bodies are capped at 1 MB (serverActions.bodySizeLimit)' },
};
