/**
 * Rewrites axios calls to a migrated route. The action's `{ ok, status, data }` goes
 * through `asAxiosResponse`, which resolves with an axios-shaped response for 2xx and
 * rejects with an AxiosError carrying `response` otherwise, so the code around the call
 * (`const { data } = await …`, `axios.isAxiosError(err)`, `err.response?.data`) keeps working.
 */
import type { File } from '@babel/types';
import type { TextEdit } from './edits.ts';
import { paramsArgument } from './call-arguments.ts';
import { lineOf } from './route-handler.ts';
import { findPaths, statementsAt } from './node-path.ts';
import type { CallRewrite, RewriteOutcome } from './call-rewrite.ts';
import { propertyKey } from '../scan/ast.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export const AXIOS_HELPER = 'asAxiosResponse';

const BODY_VERBS = new Set(['post', 'put', 'patch']);

/** Reads `axios.post(url, data, config)`, `axios(config)` and `axios.request(config)`. */
function readCall(call: AnyNode, axiosNames: Set<string>): { url: AnyNode; data: AnyNode | undefined; config: AnyNode | undefined } | string {
  const callee = call.callee;
  const objectName = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' ? callee.object.name : callee.type === 'Identifier' ? callee.name : undefined;
  if (!objectName || !axiosNames.has(objectName)) return 'the call goes through an axios instance, whose baseURL and defaults this migration does not carry over';
  const verb = callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : '';
  if (BODY_VERBS.has(verb)) return { url: call.arguments[0], data: call.arguments[1], config: call.arguments[2] };
  if (verb === '' || verb === 'request') {
    const config = call.arguments[0];
    if (config?.type !== 'ObjectExpression') return 'the axios config is not an object literal';
    const prop = (name: string) => config.properties.find((p: AnyNode) => propertyKey(p) === name)?.value;
    return { url: prop('url'), data: prop('data'), config: { type: 'ObjectExpression', properties: config.properties.filter((p: AnyNode) => !['url', 'data', 'method'].includes(propertyKey(p) ?? '')) } };
  }
  return `axios.${verb} is not a call this migration rewrites`;
}

function looksLikeAxios(call: AnyNode, axiosNames: Set<string>): boolean {
  const callee = call.callee;
  if (callee.type === 'Identifier') return axiosNames.has(callee.name);
  return callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && (BODY_VERBS.has(callee.property.name) || callee.property.name === 'request');
}

export function rewriteAxiosCalls(ast: File, source: string, rewrites: CallRewrite[]): RewriteOutcome {
  const edits: TextEdit[] = [];
  const failures: RewriteOutcome['failures'] = [];
  const done = new Set<CallRewrite>();
  const axiosNames = new Set<string>(['axios']);
  for (const statement of ast.program.body as AnyNode[]) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== 'axios') continue;
    for (const s of statement.specifiers ?? []) if (s.type === 'ImportDefaultSpecifier' || s.type === 'ImportNamespaceSpecifier') axiosNames.add(s.local.name);
  }
  if (!rewrites.length) return { edits: [], failures: [] };
  findPaths(statementsAt(ast, rewrites.map((r) => r.line)), (n) => n.type === 'CallExpression').forEach((p) => {
    const call = p.node;
    const rewrite = rewrites.find((r) => r.line === lineOf(call) && !done.has(r));
    if (!rewrite || !looksLikeAxios(call, axiosNames)) return;
    const read = readCall(call, axiosNames);
    done.add(rewrite);
    const fail = (reason: string) => failures.push({ rewrite, line: lineOf(call), reason });
    if (typeof read === 'string') return fail(read);
    if (!read.url) return fail('the axios call has no url');
    const extra = read.config?.properties?.filter((prop: AnyNode) => propertyKey(prop) !== 'headers') ?? (read.config ? [read.config] : []);
    if (extra.length) return fail('the axios call sets options an action call has no equivalent for');
    const params = paramsArgument(read.url, rewrite.routeUrl, rewrite.params, rewrite.basePath, source);
    if (!params.ok) return fail(params.reason);
    const wants = rewrite.inputs.find((i) => i === 'json' || i === 'form-data');
    if (wants && !read.data) return fail('the request sends no body but the route reads one');
    if (wants === 'form-data' && !(read.data.type === 'Identifier' || (read.data.type === 'NewExpression' && read.data.callee.name === 'FormData'))) {
      return fail('the route reads form data but the call sends something else');
    }
    const body = wants && read.data ? source.slice(read.data.start, read.data.end) : undefined;
    const args = rewrite.inputs.map((input) => (input === 'params' ? params.text : input === 'query' ? params.query : body)).filter((a): a is string => a !== undefined);
    edits.push({ start: call.start, end: call.end, text: `${rewrite.localName}(${args.join(', ')}).then(${AXIOS_HELPER})` });
  });
  for (const r of rewrites) if (!done.has(r)) failures.push({ rewrite: r, line: r.line, reason: 'no axios call found at this line' });
  return { edits, failures };
}

/** The helper module the rewritten axios callers import. */
export function axiosHelperSource(typescript: boolean): string {
  const doc = [
    '/**',
    ' * Gives a server action result `{ ok, status, data }` the shape axios gave the API route',
    ' * it replaced: a response for 2xx, and an AxiosError with `response` otherwise, so code',
    ' * written for axios (`err.response?.data`, `axios.isAxiosError(err)`) keeps working.',
    ' */',
  ].join('\n');
  if (!typescript) {
    return `import { AxiosError, AxiosHeaders } from 'axios'

${doc}
export function ${AXIOS_HELPER}(result) {
  const config = { headers: new AxiosHeaders() }
  const response = { data: result.data, status: result.status, statusText: '', headers: {}, config }
  if (result.ok) return response
  const code = result.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
  throw new AxiosError(\`Request failed with status code \${result.status}\`, code, config, undefined, response)
}
`;
  }
  return `import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'

${doc}
export function ${AXIOS_HELPER}<T>(result: { ok: boolean; status: number; data: T }): AxiosResponse<T> {
  const config: InternalAxiosRequestConfig = { headers: new AxiosHeaders() }
  const response: AxiosResponse<T> = { data: result.data, status: result.status, statusText: '', headers: {}, config }
  if (result.ok) return response
  const code = result.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
  throw new AxiosError(\`Request failed with status code \${result.status}\`, code, config, undefined, response)
}
`;
}
