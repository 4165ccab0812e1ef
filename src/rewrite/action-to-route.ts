/**
 * Generates an App Router POST handler that exposes a server action over HTTP, for the
 * outside callers that need it. The handler calls the action, so the action stays the one
 * source of truth. It checks the content type (415) and the body (400), never leaks a
 * thrown error (500 with a generic message), and lets redirect() and notFound() through.
 */
import { isTypeScript, parseModule } from '../scan/parse-source.ts';
import { applyEdits, withEol, type SourceStyle, type TextEdit } from './edits.ts';
import { lineOf } from './route-handler.ts';
import { findPaths, pathOf, topLevelPaths } from './node-path.ts';
import { objectShapeOf, type ModuleProgram, type ObjectShape } from './param-shape.ts';
import { shapeChecks } from './shape-checks.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export interface ActionParamInfo {
  name: string;
  optional: boolean;
  /**
   * What the route can check without the type checker: FormData, a primitive keyword, an
   * object literal type; `any` for everything else (references, unions, no type at all).
   */
  kind: 'form-data' | 'string' | 'number' | 'boolean' | 'object' | 'any';
  /** For an object whose declared type could be read: the checks its fields get. */
  shape?: ObjectShape;
  /** For an object whose type could not be read into checks: the type as written, for the route's doc and the report. */
  unreadType?: string;
}

export type ActionSignature =
  | { ok: true; params: ActionParamInfo[]; line: number; start: number; end: number; readsCookies: boolean; updateTagCalls: number }
  | { ok: false; reason: string; line: number };

/** Types that are objects whatever their arguments, though their fields can't be read here. */
const OBJECT_UTILITIES = new Set(['Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Record']);

function paramInfo(param: AnyNode, index: number, source: string, program: AnyNode, imported: ModuleProgram): ActionParamInfo | undefined {
  let node = param;
  let optional = !!param.optional;
  if (node.type === 'AssignmentPattern') {
    optional = true;
    node = node.left;
  }
  const name = node.type === 'Identifier' ? node.name : node.type === 'ObjectPattern' ? `input${index || ''}` : undefined;
  if (!name) return undefined;
  optional ||= !!node.optional;
  const annotation = node.typeAnnotation?.typeAnnotation;
  const primitive = ({ TSStringKeyword: 'string', TSNumberKeyword: 'number', TSBooleanKeyword: 'boolean' } as Record<string, 'string' | 'number' | 'boolean'>)[annotation?.type];
  if (primitive) return { name, optional, kind: primitive };
  if (annotation?.type === 'TSTypeReference' && annotation.typeName?.name === 'FormData') return { name, optional, kind: 'form-data' };
  if (!annotation) return node.type === 'ObjectPattern' ? { name, optional, kind: 'object', unreadType: '(none declared)' } : { name, optional, kind: 'any' };
  const shape = objectShapeOf(annotation, program, imported);
  if (shape) return { name, optional, kind: 'object', shape };
  if (annotation.type === 'TSTypeLiteral' || (annotation.type === 'TSTypeReference' && OBJECT_UTILITIES.has(annotation.typeName?.name))) {
    return { name, optional, kind: 'object', unreadType: source.slice(annotation.start, annotation.end) };
  }
  return { name, optional, kind: 'any' };
}

/** Finds `export async function name(…)` or `export const name = async (…) =>` in an action module. */
function findExport(program: AnyNode, name: string): AnyNode | undefined {
  let fn: AnyNode;
  for (const statement of program.body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : undefined;
    if (decl?.type === 'FunctionDeclaration' && decl.id?.name === name) fn = decl;
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations) if (d.id?.name === name && /Function/.test(d.init?.type ?? '')) fn = d.init;
    }
  }
  return fn;
}

/** `imported` parses a module the action's module imports a type from, when it is the app's own. */
export function readActionSignature(file: string, source: string, name: string, imported: ModuleProgram = () => undefined): ActionSignature {
  const { program } = parseModule(file, source);
  const fn = findExport(program, name);
  if (!fn) return { ok: false, reason: `${name} is not exported as a function from its module`, line: 1 };
  const params: ActionParamInfo[] = [];
  for (const [i, p] of fn.params.entries()) {
    if (p.type === 'RestElement') return { ok: false, reason: 'the action takes rest parameters', line: lineOf(p) };
    const info = paramInfo(p, i, source, program, imported);
    if (!info) return { ok: false, reason: 'a parameter has a form this migration does not read', line: lineOf(p) };
    params.push(info);
  }
  const formAt = params.findIndex((p) => p.kind === 'form-data');
  if (formAt >= 0 && !(formAt === 0 || (formAt === 1 && params[0]!.name === 'params'))) {
    return { ok: false, reason: 'the action takes other arguments before its FormData (a useActionState previous state?), which an HTTP caller cannot send', line: lineOf(fn) };
  }
  if (formAt >= 0 && formAt !== params.length - 1) return { ok: false, reason: 'the action takes arguments after its FormData', line: lineOf(fn) };
  const body = source.slice(fn.start, fn.end);
  return { ok: true, params, line: lineOf(fn), start: fn.start, end: fn.end, readsCookies: /\bcookies\(\)/.test(body), updateTagCalls: (body.match(/\bupdateTag\(/g) ?? []).length };
}

/**
 * `updateTag` throws outside actions, and the exposed action now also runs inside a route
 * handler: within that action (the range `start`–`end`), `updateTag(tag)` becomes
 * `revalidateTag(tag, 'max')`, which works in both. Other actions of the module keep
 * updateTag and its read-your-own-writes. Returns the edited module, or undefined.
 */
export function replaceUpdateTag(file: string, source: string, start: number, end: number): string | undefined {
  const ast = parseModule(file, source);
  const edits: TextEdit[] = [];
  let kept = 0;
  findPaths(pathOf(ast), (n) => n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'updateTag').forEach((p: AnyNode) => {
    const arg = p.node.arguments[0];
    if (p.node.start < start || p.node.end > end || !arg || p.node.arguments.length !== 1) {
      kept++;
      return;
    }
    edits.push({ start: p.node.start, end: p.node.end, text: `revalidateTag(${source.slice(arg.start, arg.end)}, 'max')` });
  });
  if (!edits.length) return undefined;
  topLevelPaths(ast).filter((p) => p.node.type === 'ImportDeclaration' && p.node.source.value === 'next/cache').forEach((p: AnyNode) => {
    const specifiers: AnyNode[] = p.node.specifiers ?? [];
    if (!specifiers.some((s) => s.imported?.name === 'updateTag')) return;
    const hasRevalidate = specifiers.some((s) => s.imported?.name === 'revalidateTag');
    const names = specifiers.flatMap((s) => {
      if (s.imported?.name !== 'updateTag') return [source.slice(s.start, s.end)];
      const replacement = hasRevalidate ? [] : ['revalidateTag'];
      return kept ? [source.slice(s.start, s.end), ...replacement] : replacement;
    });
    const quote = source[p.node.source.start];
    const semi = source.slice(p.node.start, p.node.end).trimEnd().endsWith(';') ? ';' : '';
    edits.push({ start: p.node.start, end: p.node.end, text: `import { ${names.join(', ')} } from ${quote}next/cache${quote}${semi}` });
  });
  return applyEdits(source, edits);
}

export interface ExternalAuth {
  header: string;
  env: string;
  scheme?: string;
}

export interface RouteGeneration {
  actionName: string;
  importFrom: string;
  url: string;
  /** Dynamic segment names of the URL, passed as the action's `params` argument. */
  urlParams: string[];
  params: ActionParamInfo[];
  routeFile: string;
  auth?: ExternalAuth;
  style: SourceStyle;
}

/** What the route leaves to the action, in words: fields whose types it can't check, types it can't read. */
export function uncheckedNotes(params: readonly ActionParamInfo[]): string[] {
  return params.flatMap((p) => {
    if (p.unreadType) return [`${p.name}: its type ${p.unreadType} is not one this tool reads, so only its being a JSON object is checked; the action must check its fields.`];
    if (p.shape?.unchecked.length) return [`${p.name}: ${p.shape.unchecked.map((f) => `"${f}"`).join(', ')} ${p.shape.unchecked.length === 1 ? 'is' : 'are'} not checked here (a type this tool does not read); the action must check ${p.shape.unchecked.length === 1 ? 'it' : 'them'}.`];
    return [];
  });
}

function q(text: string, style: SourceStyle): string {
  return `${style.quote}${text.replace(new RegExp(style.quote, 'g'), `\\${style.quote}`)}${style.quote}`;
}

/** The text of the generated route file. */
export function generateRoute(g: RouteGeneration): string {
  const ts = isTypeScript(g.routeFile);
  const s = g.style.semicolons ? ';' : '';
  const quote = (t: string) => q(t, g.style);
  const lines: string[] = [];
  const jsonError = (message: string, status: number) => `NextResponse.json({ error: ${quote(message)} }, { status: ${status} })${s}`;
  const bodyParams = g.params.filter((p, i) => !(i === 0 && g.urlParams.length && p.name === 'params'));
  const formData = bodyParams.length === 1 && bodyParams[0]!.kind === 'form-data';

  if (g.auth) lines.push(`import { timingSafeEqual } from ${quote('node:crypto')}${s}`);
  lines.push(`import { NextResponse } from ${quote('next/server')}${s}`);
  lines.push(`import { unstable_rethrow } from ${quote('next/navigation')}${s}`);
  lines.push(`import { ${g.actionName} } from ${quote(g.importFrom)}${s}`);
  lines.push('');
  lines.push('/**');
  lines.push(` * POST ${g.url}: the ${g.actionName} server action over HTTP, for callers outside the app.`);
  lines.push(' * Generated by route-actions; the action stays the one source of truth.');
  if (!g.auth) lines.push(' * It checks no credentials: the action was already a public endpoint.');
  for (const note of uncheckedNotes(g.params)) lines.push(` * ${note}`);
  lines.push(' */');
  const ctx = g.urlParams.length ? (ts ? `, context: { params: Promise<{ ${g.urlParams.map((p) => `${p}: string`).join('; ')} }> }` : ', context') : '';
  const readsRequest = !!g.auth || bodyParams.length > 0;
  lines.push(`export async function POST(${readsRequest ? 'request' : '_request'}${ts ? ': Request' : ''}${ctx}) {`);
  if (g.auth) {
    lines.push(`  if (!hasValidCredentials(request.headers.get(${quote(g.auth.header)}))) {`);
    lines.push(`    return ${jsonError('Unauthorized', 401)}`);
    lines.push('  }');
  }
  const contentType = `request.headers.get(${quote('content-type')}) ?? ${quote('')}`;
  const args: string[] = [];
  if (g.urlParams.length && g.params[0]?.name === 'params') args.push('await context.params');
  if (formData) {
    lines.push(`  const contentType = ${contentType}${s}`);
    lines.push(`  if (!/^(multipart\\/form-data|application\\/x-www-form-urlencoded)/i.test(contentType)) {`);
    lines.push(`    return ${jsonError('Expected a multipart/form-data or application/x-www-form-urlencoded body', 415)}`);
    lines.push('  }');
    lines.push(`  let formData${ts ? ': FormData' : ''}${s}`);
    lines.push('  try {');
    lines.push(`    formData = await request.formData()${s}`);
    lines.push('  } catch {');
    lines.push(`    return ${jsonError('Malformed form body', 400)}`);
    lines.push('  }');
    args.push('formData');
  } else if (bodyParams.length) {
    lines.push(`  if (!/^application\\/json/i.test(${contentType})) {`);
    lines.push(`    return ${jsonError('Expected Content-Type: application/json', 415)}`);
    lines.push('  }');
    lines.push(`  let body${ts ? ': unknown' : ''}${s}`);
    lines.push('  try {');
    lines.push(`    body = await request.json()${s}`);
    lines.push('  } catch {');
    lines.push(`    return ${jsonError('Malformed or missing JSON body', 400)}`);
    lines.push('  }');
    // Only what the declared type states for sure is checked; the action validates the rest, as it always had to.
    const check = (expr: string, p: ActionParamInfo, what: string) => {
      if (p.kind === 'any' || p.kind === 'form-data') {
        if (!p.optional && expr !== 'body') {
          lines.push(`  if (${expr} === undefined) {`);
          lines.push(`    return ${jsonError(`Missing ${what}`, 400)}`);
          lines.push('  }');
        }
        return;
      }
      const test = p.kind === 'object' ? `typeof ${expr} !== ${quote('object')} || ${expr} === null || Array.isArray(${expr})` : `typeof ${expr} !== ${quote(p.kind)}`;
      const guard = p.optional ? `${expr} !== undefined && (${test})` : test;
      lines.push(`  if (${guard}) {`);
      lines.push(`    return ${jsonError(`Expected ${what} to be ${p.kind === 'object' ? 'an object' : `a ${p.kind}`}`, 400)}`);
      lines.push('  }');
    };
    if (bodyParams.length === 1 && bodyParams[0]!.shape) {
      lines.push(...shapeChecks('body', bodyParams[0]!.shape, { ts, semicolon: s, quote, jsonError }));
      args.push(ts ? `body as Parameters<typeof ${g.actionName}>[${g.params.indexOf(bodyParams[0]!)}]` : 'body');
    } else if (bodyParams.length === 1) {
      check('body', bodyParams[0]!, 'the body');
      args.push(ts ? `body as Parameters<typeof ${g.actionName}>[${g.params.indexOf(bodyParams[0]!)}]` : 'body');
    } else {
      lines.push(`  if (typeof body !== ${quote('object')} || body === null || Array.isArray(body)) {`);
      lines.push(`    return ${jsonError(`Expected a JSON object with ${bodyParams.map((p) => p.name).join(', ')}`, 400)}`);
      lines.push('  }');
      lines.push(`  const fields = body${ts ? ' as Record<string, unknown>' : ''}${s}`);
      for (const p of bodyParams) {
        check(`fields.${p.name}`, p, `"${p.name}"`);
        args.push(ts ? `fields.${p.name} as Parameters<typeof ${g.actionName}>[${g.params.indexOf(p)}]` : `fields.${p.name}`);
      }
    }
  }
  lines.push('  try {');
  lines.push(`    return respond(await ${g.actionName}(${args.join(', ')}))${s}`);
  lines.push(`  } catch (error) {`);
  lines.push(`    unstable_rethrow(error)${s} // redirect() and notFound() answer as Next makes them: 307 and 404`);
  lines.push(`    console.error(error)${s}`);
  lines.push(`    return ${jsonError('Internal Server Error', 500)}`);
  lines.push('  }');
  lines.push('}');
  lines.push('');
  lines.push(`/** A result \`{ ok, status, data }\` keeps its status; \`{ error }\` is a 400; anything else is a 200. */`);
  lines.push(`function respond(result${ts ? ': unknown' : ''}) {`);
  lines.push(`  if (result === undefined) return new NextResponse(null, { status: 204 })${s}`);
  lines.push(`  if (typeof result === ${quote('object')} && result !== null && ${quote('ok')} in result && ${quote('status')} in result && ${quote('data')} in result && typeof result.ok === ${quote('boolean')} && typeof result.status === ${quote('number')}) {`);
  lines.push(`    if (result.status === 204 || result.status === 205 || result.status === 304) return new NextResponse(null, { status: result.status })${s}`);
  lines.push(`    return NextResponse.json(result.data, { status: result.status })${s}`);
  lines.push('  }');
  lines.push(`  if (typeof result === ${quote('object')} && result !== null && ${quote('error')} in result) {`);
  lines.push(`    return NextResponse.json(result, { status: 400 })${s}`);
  lines.push('  }');
  lines.push(`  return NextResponse.json(result)${s}`);
  lines.push('}');
  if (g.auth) {
    lines.push('');
    lines.push(`/** Compares the credential with ${g.auth.env} in constant time; with ${g.auth.env} unset, nobody gets in. */`);
    lines.push(`function hasValidCredentials(header${ts ? ': string | null' : ''}) {`);
    lines.push(`  const secret = process.env.${g.auth.env}${s}`);
    lines.push(`  if (!secret || !header) return false${s}`);
    if (g.auth.scheme) {
      // Auth schemes are case-insensitive (RFC 9110 §11.1); the credential is not.
      lines.push(`  const [scheme, ...rest] = header.trim().split(/\\s+/)${s}`);
      lines.push(`  if (scheme?.toLowerCase() !== ${quote(g.auth.scheme.toLowerCase())}) return false${s}`);
      lines.push(`  const actual = Buffer.from(rest.join(${quote(' ')}))${s}`);
    } else {
      lines.push(`  const actual = Buffer.from(header)${s}`);
    }
    lines.push(`  const expected = Buffer.from(secret)${s}`);
    lines.push(`  return actual.length === expected.length && timingSafeEqual(actual, expected)${s}`);
    lines.push('}');
  }
  return withEol(`${lines.join('\n')}\n`, g.style);
}
