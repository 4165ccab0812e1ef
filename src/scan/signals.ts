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

/** Header names set on a response other than a JSON content type. */
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
    if (key.toLowerCase() === 'content-type' && /json/i.test(stringValue(prop.value) ?? '')) continue;
    names.push(key);
  }
  return names;
}

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
 * request argument, so that `req.text()` is told apart from `res.text()`.
 */
export function collectSignals(roots: readonly Node[], requestParam: string | undefined, ownHosts: readonly string[] = []): Signal[] {
  const signals: Signal[] = [];
  const add = (kind: SignalKind, node: Node, detail: string) => signals.push({ kind, line: lineOf(node), detail });
  const isRequestName = (name: string | undefined) => !!name && (name === requestParam || name === 'request' || name === 'req');
  const isRequest = (node: Node) => isRequestName(memberPath(node));

  for (const root of roots) {
    walk(root, (node) => {
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

      if (node.type === 'NewExpression') {
        const name = calleeName(node);
        if (name && STREAM_CLASS.test(name)) add('streaming', node, `creates a ${name}`);
        if (name === 'Webhook') add('signature', node, 'verifies a webhook with new Webhook(…)');
        if (isResponseClass(name)) {
          const [body, init] = node.arguments;
          const bodyNode = body ? unwrap(body) : undefined;
          const isJson = bodyNode?.type === 'CallExpression' && calleeName(bodyNode) === 'JSON.stringify';
          const isEmpty = !bodyNode || bodyNode.type === 'NullLiteral' || (bodyNode.type === 'Identifier' && bodyNode.name === 'undefined');
          const contentType = contentTypeOf(objectProperty(init, 'headers'));
          if (contentType && !/json/i.test(contentType)) add('non-json-response', node, `answers ${contentType}`);
          else if (!isJson && !isEmpty) add('non-json-response', node, `answers a body that is not JSON (new ${name}(…))`);
          const extra = extraHeaderNames(objectProperty(init, 'headers')).filter((h) => h.toLowerCase() !== 'content-type');
          if (extra.length) add('response-headers', node, `sets response headers ${extra.join(', ')}`);
          add('responds', node, `answers with new ${name}(…)`);
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
      if (RATE_LIMIT_CALL.test(name)) add('rate-limit', node, `calls ${name}`);
      if (STREAM_CALL.test(name)) add('streaming', node, `calls ${name}`);

      if (/^(NextResponse|Response)\.json$/.test(name)) {
        const extra = extraHeaderNames(objectProperty(args[1], 'headers'));
        if (extra.length) add('response-headers', node, `sets response headers ${extra.join(', ')}`);
        add('responds', node, `answers with ${name}(…)`);
      }
      if (/^(NextResponse|Response)\.redirect$/.test(name) || name === 'redirect' || name === 'permanentRedirect') {
        signals.push(redirectSignal(args[0], lineOf(node), ownHosts));
      }
      if (name === 'NextResponse.rewrite') add('rewrite', node, 'rewrites the request');

      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
        const method = memberPath(callee)?.split('.').pop();
        const object = callee.object;
        if (method && isRequest(object)) {
          if (method === 'json') add('json-body', node, 'reads a JSON body');
          if (method === 'formData') add('form-data-body', node, 'reads a FormData body');
          if (method === 'text' || method === 'arrayBuffer' || method === 'blob') add('raw-body', node, `reads the raw body with ${method}()`);
        }
        const objectPath = memberPath(object) ?? '';
        const onRequest = isRequestName(objectPath.split('.')[0]);
        if ((method === 'set' || method === 'append') && /\.headers$/.test(objectPath) && !onRequest) {
          add('response-headers', node, `sets a response header with ${objectPath}.${method}(…)`);
        }
        if ((method === 'set' || method === 'delete') && /\.cookies$/.test(objectPath) && !onRequest) {
          add('response-cookies', node, `sets a cookie on the response with ${objectPath}.${method}(…)`);
        }
      }
      return;
    });
  }
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
  'non-json-response': { rule: 'http-non-json', why: 'answers with a body that is not JSON' },
  'response-headers': { rule: 'http-headers', why: 'sets response headers its callers may read' },
  'response-cookies': { rule: 'http-cookies', why: 'sets cookies on the HTTP response' },
  'redirect-offsite': { rule: 'http-redirect-offsite', why: 'redirects to another origin' },
  'raw-body': { rule: 'http-raw-body', why: 'reads the raw request body' },
};
