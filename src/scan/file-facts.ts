import type { Node, File, Comment } from '@babel/types';
import type { CallerVia } from '../types.ts';
import { calleeName, hasDirective, isFunctionNode, lineOf, memberPath, objectProperty, stringValue, topLevelFunctions, unwrap, walk } from './ast.ts';
import { ConstantBindings, urlText } from './url-expression.ts';
import { collectSignals, type Signal } from './signals.ts';

/** An HTTP request written in the code. `urlText` has `{}` for dynamic parts; null when unreadable. */
export interface HttpCall {
  line: number;
  kind: 'fetch' | 'axios' | 'form' | 'wrapper';
  method: string | null;
  urlText: string | null;
  via?: CallerVia;
  /** Local name of an imported object that may be an axios instance, resolved across files later. */
  axiosInstance?: string;
}

export interface ImportFact {
  source: string;
  line: number;
  kind: 'import' | 'reexport';
  /** `imported` is '*' for a namespace import or `export *`. */
  names: { imported: string; local: string }[];
}

export interface ActionFact {
  name: string;
  line: number;
  form: 'module' | 'inline';
  exported: boolean;
  external?: { line: number; path?: string };
  signals: Signal[];
}

/** A use of a name that may be an action: `<form action={x}>`, `useActionState(x)`, `x(…)`. */
export interface BindingUse {
  name: string;
  line: number;
  kind: 'form-action' | 'call';
}

export interface FileFacts {
  file: string;
  directive: 'use server' | 'use client' | null;
  calls: HttpCall[];
  imports: ImportFact[];
  actions: ActionFact[];
  uses: BindingUse[];
  /**
   * Exported name → baseURL text, for exported `const api = axios.create({ baseURL })`:
   * calls through an instance imported from here are followed to it. Other exports are not
   * kept; they were two fifths of the cache and nothing read them.
   */
  axiosExports: Record<string, string>;
}

export interface FetchWrapper {
  name: string;
  method?: string;
}

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const AXIOS_BODY_VERBS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const FETCH_NAMES = new Set(['fetch', 'window.fetch', 'globalThis.fetch', 'self.fetch']);

export function joinAxiosUrl(base: string, url: string): string {
  if (!base || /^(https?:)?\/\//i.test(url)) return url;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

function methodFromInit(init: Node | undefined, fallback: string): string | null {
  if (!init) return fallback;
  const n = unwrap(init);
  if (n.type !== 'ObjectExpression') return null;
  const method = objectProperty(n, 'method');
  if (!method) return n.properties.some((p) => p.type === 'SpreadElement') ? null : fallback;
  const value = stringValue(method);
  return value ? value.toUpperCase() : null;
}

function externalTag(comments: readonly Comment[] | null | undefined): ActionFact['external'] {
  for (const comment of comments ?? []) {
    if (comment.type !== 'CommentBlock' || !comment.value.startsWith('*')) continue;
    const lines = comment.value.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const match = /@external\b(?:[ \t]+(\/[^\s*]*))?/.exec(lines[i]!);
      if (match) return { line: (comment.loc?.start.line ?? 1) + i, path: match[2] ?? match[1] };
    }
  }
  return undefined;
}

function firstParamName(fn: Node): string | undefined {
  if (!isFunctionNode(fn)) return undefined;
  const param = fn.params[0];
  if (!param) return undefined;
  if (param.type === 'Identifier') return param.name;
  if (param.type === 'ArrayPattern' && param.elements[0]?.type === 'Identifier') return param.elements[0].name;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  return undefined;
}

function contains(outer: Node, inner: Node): boolean {
  return (outer.start ?? 0) <= (inner.start ?? 0) && (inner.end ?? 0) <= (outer.end ?? 0);
}

interface RawCall {
  node: Node;
  kind: HttpCall['kind'];
  method: string | null;
  urlArg: Node | undefined;
  base: string;
  via?: CallerVia;
  axiosInstance?: string;
  enclosingFunction?: string;
}

interface SwrHook {
  node: Node;
  args: Node[];
  via: CallerVia;
}

/** What one source file holds that the audit needs: requests, imports, actions and uses of imported names. */
export function scanFileFacts(file: string, ast: File, wrappers: readonly FetchWrapper[] = []): FileFacts {
  const program = ast.program;
  const directive = hasDirective(program, 'use server') ? 'use server' : hasDirective(program, 'use client') ? 'use client' : null;
  const constants = new ConstantBindings();
  const functions = topLevelFunctions(program.body);

  const imports: ImportFact[] = [];
  const exports: Record<string, string> = {};
  const axiosLocals = new Set<string>();
  const importedLocals = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type') continue;
      const names = statement.specifiers
        .filter((s) => !(s.type === 'ImportSpecifier' && s.importKind === 'type'))
        .map((s) => {
          importedLocals.add(s.local.name);
          if (s.type === 'ImportDefaultSpecifier') return { imported: 'default', local: s.local.name };
          if (s.type === 'ImportNamespaceSpecifier') return { imported: '*', local: s.local.name };
          return { imported: s.imported.type === 'Identifier' ? s.imported.name : s.imported.value, local: s.local.name };
        });
      if (statement.source.value === 'axios') {
        for (const n of names) if (n.imported === 'default' || n.imported === '*') axiosLocals.add(n.local);
      }
      imports.push({ source: statement.source.value, line: lineOf(statement), kind: 'import', names });
    }
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.source) {
        const names = statement.specifiers.map((s) => ({
          imported: s.type === 'ExportSpecifier' ? s.local.name : '*',
          local: s.exported.type === 'Identifier' ? s.exported.name : s.exported.value,
        }));
        imports.push({ source: statement.source.value, line: lineOf(statement), kind: 'reexport', names });
        for (const n of names) exports[n.local] = n.local;
      } else {
        for (const s of statement.specifiers) {
          if (s.type === 'ExportSpecifier') exports[s.exported.type === 'Identifier' ? s.exported.name : s.exported.value] = s.local.name;
        }
        const decl = statement.declaration;
        if (decl?.type === 'FunctionDeclaration' && decl.id) exports[decl.id.name] = decl.id.name;
        if (decl?.type === 'VariableDeclaration') {
          for (const d of decl.declarations) if (d.id.type === 'Identifier') exports[d.id.name] = d.id.name;
        }
      }
    }
    if (statement.type === 'ExportAllDeclaration') {
      imports.push({ source: statement.source.value, line: lineOf(statement), kind: 'reexport', names: [{ imported: '*', local: '*' }] });
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      const decl = statement.declaration;
      if (decl.type === 'Identifier') exports.default = decl.name;
      else if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id) exports.default = decl.id.name;
      else exports.default = 'default';
    }
  }
  // An unbound `axios` is the global one (a script tag or a test setup).
  if (!importedLocals.has('axios')) axiosLocals.add('axios');

  const axiosInstances: Record<string, string> = {};
  const rawCalls: RawCall[] = [];
  const swrHooks: SwrHook[] = [];
  const mutationFnNames = new Set<string>();
  const uses: BindingUse[] = [];
  const inlineActions: ActionFact[] = [];

  walk(ast, (node, ancestors) => {
    // One switch on the type: most nodes match no case, and each `node.type` read on nodes of
    // every shape costs about as much as the rest of the visit.
    switch (node.type) {
      case 'VariableDeclarator': {
        constants.note(node);
        if (node.id.type !== 'Identifier' || !node.init) return;
        const init = unwrap(node.init);
        if (init.type === 'CallExpression') {
          const name = calleeName(init);
          if (name && name.endsWith('.create') && axiosLocals.has(name.slice(0, -'.create'.length))) {
            axiosInstances[node.id.name] = stringValue(objectProperty(init.arguments[0], 'baseURL')) ?? '';
          }
          if (name === 'require' && stringValue(init.arguments[0]) === 'axios') axiosLocals.add(node.id.name);
        }
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ObjectMethod':
      case 'ClassMethod': {
        if (node.body.type !== 'BlockStatement' || !hasDirective(node.body, 'use server') || directive === 'use server') return;
        const parent = ancestors[ancestors.length - 1];
        let name = '(inline)';
        if (node.type === 'FunctionDeclaration' && node.id) name = node.id.name;
        else if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') name = parent.id.name;
        else if ((node.type === 'ObjectMethod' || node.type === 'ClassMethod') && node.key.type === 'Identifier') name = node.key.name;
        inlineActions.push({
          name,
          line: lineOf(node),
          form: 'inline',
          exported: false,
          external: externalTag(node.leadingComments) ?? externalTag(ancestors.findLast((a) => a.type === 'VariableDeclaration' || a.type === 'ExportNamedDeclaration')?.leadingComments),
          signals: collectSignals([node], undefined).filter(isExternalSignal),
        });
        return;
      }
      case 'JSXAttribute': {
        if (node.name.type !== 'JSXIdentifier') return;
        const attr = node.name.name;
        const value = node.value?.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if ((attr === 'action' || attr === 'formAction') && value && value.type !== 'JSXEmptyExpression') {
          const ref = memberPath(value);
          if (ref) uses.push({ name: ref, line: lineOf(node), kind: 'form-action' });
        }
        return;
      }
      case 'JSXOpeningElement': {
        if (node.name.type !== 'JSXIdentifier' || !(node.name.name === 'form' || node.name.name === 'button' || node.name.name === 'input')) return;
        const attrs = new Map<string, Node | null>();
        for (const a of node.attributes) {
          if (a.type === 'JSXAttribute' && a.name.type === 'JSXIdentifier') {
            const value = a.value?.type === 'JSXExpressionContainer' ? a.value.expression : a.value;
            attrs.set(a.name.name, value as Node | null);
          }
        }
        const isForm = node.name.name === 'form';
        const action = attrs.get(isForm ? 'action' : 'formAction');
        if (action && action.type !== 'JSXEmptyExpression') {
          // Kept only if its action reads as a URL, once the walk has seen every constant.
          const method = stringValue(attrs.get(isForm ? 'method' : 'formMethod') ?? undefined);
          rawCalls.push({ node, kind: 'form', method: (method ?? 'get').toUpperCase(), urlArg: action, base: '' });
        }
        return;
      }
      case 'CallExpression':
      case 'OptionalCallExpression':
        break;
      default:
        return;
    }

    const name = calleeName(node) ?? '';
    const args = node.arguments as Node[];
    const via = viaOf(ancestors);
    const enclosingFunction = enclosingFunctionName(ancestors);

    if (/(^|\.)useSWRMutation$/.test(name)) swrHooks.push({ node, args, via: 'swr-mutation' });
    else if (/(^|\.)(useSWR|useSWRImmutable)$/.test(name)) swrHooks.push({ node, args, via: 'swr' });
    if (/(^|\.)useMutation$/.test(name)) {
      const fn = objectProperty(args[0], 'mutationFn') ?? args[0];
      if (fn && unwrap(fn).type === 'Identifier') mutationFnNames.add((unwrap(fn) as { name: string }).name);
    }
    if ((name === 'useActionState' || name === 'useFormState' || /\.(useActionState|useFormState)$/.test(name)) && args[0]) {
      const ref = memberPath(args[0]);
      if (ref) uses.push({ name: ref, line: lineOf(node), kind: 'form-action' });
    }
    const callee = unwrap(node.callee);
    if (callee.type === 'Identifier' || callee.type === 'MemberExpression') {
      const ref = memberPath(callee);
      if (ref && (importedLocals.has(ref.split('.')[0]!) || callee.type === 'Identifier')) uses.push({ name: ref, line: lineOf(node), kind: 'call' });
    }

    const push = (call: Omit<RawCall, 'node' | 'via' | 'enclosingFunction'>) =>
      rawCalls.push({ ...call, node, via, enclosingFunction });

    if (FETCH_NAMES.has(name)) {
      let [urlArg, init] = args;
      const request = urlArg ? unwrap(urlArg) : undefined;
      if (request?.type === 'NewExpression' && calleeName(request) === 'Request') [urlArg, init] = [request.arguments[0] as Node, init ?? (request.arguments[1] as Node)];
      push({ kind: 'fetch', method: methodFromInit(init, 'GET'), urlArg, base: '' });
      return;
    }

    const wrapper = wrappers.find((w) => w.name === name);
    if (wrapper) {
      const verb = name.split('.').pop()!.toLowerCase();
      const method = wrapper.method?.toUpperCase() ?? methodFromInit(args[1], HTTP_VERBS.includes(verb) ? verb.toUpperCase() : 'GET');
      push({ kind: 'wrapper', method, urlArg: args[0], base: '' });
      return;
    }

    const [objectName, verb] = name.includes('.') ? [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)] : [name, ''];
    const isAxios = axiosLocals.has(objectName) || objectName in axiosInstances;
    const base = axiosInstances[objectName] ?? '';
    if (isAxios && (HTTP_VERBS.includes(verb) || AXIOS_BODY_VERBS.has(verb))) {
      push({ kind: 'axios', method: verb.replace(/Form$/, '').toUpperCase(), urlArg: args[0], base });
    } else if (isAxios && (verb === 'request' || verb === '') && args[0]) {
      const config = unwrap(args[0]).type === 'ObjectExpression' ? args[0] : args[1];
      const urlArg = unwrap(args[0]).type === 'ObjectExpression' ? objectProperty(args[0], 'url') : args[0];
      push({ kind: 'axios', method: methodFromInit(config, 'GET'), urlArg, base });
    } else if (!isAxios && importedLocals.has(objectName) && !objectName.includes('.') && HTTP_VERBS.includes(verb) && args[0]) {
      push({ kind: 'axios', method: verb.toUpperCase(), urlArg: args[0], base: '', axiosInstance: objectName });
    }
  });

  const calls = resolveCalls(rawCalls, swrHooks, mutationFnNames, constants, functions);
  const actions = directive === 'use server' ? moduleActions(program.body, functions) : [];
  const actionNames = new Set(inlineActions.map((a) => a.name));
  return {
    file,
    directive,
    calls,
    imports,
    actions: [...actions, ...inlineActions],
    uses: uses.filter((u) => u.kind === 'form-action' || importedLocals.has(u.name.split('.')[0]!) || actionNames.has(u.name)),
    axiosExports: Object.fromEntries(Object.entries(exports).filter(([, local]) => Object.hasOwn(axiosInstances, local)).map(([exported, local]) => [exported, axiosInstances[local]!])),
  };
}

function isExternalSignal(signal: Signal): boolean {
  return signal.kind === 'signature' || signal.kind === 'api-key-header' || signal.kind === 'cron-secret';
}

function viaOf(ancestors: readonly Node[]): CallerVia | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const name = calleeName(ancestors[i]!);
    if (!name) continue;
    if (/(^|\.)useMutation$/.test(name)) return 'react-query-mutation';
    if (/(^|\.)useSWRMutation$/.test(name)) return 'swr-mutation';
  }
  return undefined;
}

function enclosingFunctionName(ancestors: readonly Node[]): string | undefined {
  let name: string | undefined;
  for (const a of ancestors) {
    if (a.type === 'FunctionDeclaration' && a.id) name = a.id.name;
    else if (a.type === 'VariableDeclarator' && a.id.type === 'Identifier' && a.init && isFunctionNode(unwrap(a.init))) name = a.id.name;
  }
  return name;
}

function resolveCalls(
  rawCalls: RawCall[],
  swrHooks: SwrHook[],
  mutationFnNames: Set<string>,
  constants: ConstantBindings,
  functions: Map<string, Node>,
): HttpCall[] {
  const calls: HttpCall[] = [];
  const consumed = new Set<Node>();
  for (const hook of swrHooks) {
    const [keyArg, fetcherArg] = hook.args;
    if (!keyArg) continue;
    const keyNode = unwrap(keyArg).type === 'ArrayExpression' ? (unwrap(keyArg) as { elements: Node[] }).elements[0] : keyArg;
    const key = keyNode ? urlText(keyNode, constants) : undefined;
    if (key === undefined) continue;
    let fetcher = fetcherArg ? unwrap(fetcherArg) : undefined;
    if (fetcher?.type === 'Identifier') fetcher = functions.get(fetcher.name) ?? constants.get(fetcher.name);
    const param = fetcher ? firstParamName(fetcher) : undefined;
    const inner = fetcher && param ? rawCalls.filter((c) => contains(fetcher!, c.node) && c.urlArg && unwrap(c.urlArg).type === 'Identifier' && (unwrap(c.urlArg) as { name: string }).name === param) : [];
    for (const c of inner) {
      consumed.add(c.node);
      calls.push({ line: lineOf(hook.node), kind: c.kind, method: c.method, urlText: joinAxiosUrl(c.base, key), via: hook.via, ...(c.axiosInstance ? { axiosInstance: c.axiosInstance } : {}) });
    }
    if (!inner.length) {
      calls.push({ line: lineOf(hook.node), kind: 'fetch', method: hook.via === 'swr' ? 'GET' : null, urlText: key, via: hook.via });
    }
  }
  for (const c of rawCalls) {
    if (consumed.has(c.node)) continue;
    const text = c.urlArg ? urlText(c.urlArg, constants) : undefined;
    if (c.kind === 'form' && text === undefined) continue; // an action={fn}, not a URL
    const via = c.via ?? (c.enclosingFunction && mutationFnNames.has(c.enclosingFunction) ? 'react-query-mutation' : undefined);
    calls.push({
      line: lineOf(c.node),
      kind: c.kind,
      method: c.method,
      urlText: text === undefined ? null : joinAxiosUrl(c.base, text),
      ...(via ? { via } : {}),
      ...(c.axiosInstance ? { axiosInstance: c.axiosInstance } : {}),
    });
  }
  return calls.sort((a, b) => a.line - b.line);
}

/** In a `'use server'` module every exported async function is an action. */
function moduleActions(body: File['program']['body'], functions: Map<string, Node>): ActionFact[] {
  const actions: ActionFact[] = [];
  const add = (name: string, fn: Node | undefined, at: Node, comments: readonly Comment[] | null | undefined) => {
    if (!fn || !isFunctionNode(fn) || !fn.async) return;
    actions.push({
      name,
      line: lineOf(at),
      form: 'module',
      exported: true,
      external: externalTag(comments) ?? externalTag(fn.leadingComments),
      signals: collectSignals([fn], undefined).filter(isExternalSignal),
    });
  };
  for (const statement of body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.source) {
      const decl = statement.declaration;
      if (decl?.type === 'FunctionDeclaration' && decl.id) add(decl.id.name, decl, statement, statement.leadingComments);
      if (decl?.type === 'VariableDeclaration') {
        for (const d of decl.declarations) {
          if (d.id.type === 'Identifier' && d.init) add(d.id.name, unwrap(d.init), statement, statement.leadingComments);
        }
      }
      for (const s of statement.specifiers) {
        if (s.type !== 'ExportSpecifier') continue;
        const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
        const fn = functions.get(s.local.name);
        const declaration = body.find((b) => (b.type === 'FunctionDeclaration' && b.id?.name === s.local.name) || (b.type === 'VariableDeclaration' && b.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === s.local.name)));
        add(exported, fn, s, declaration?.leadingComments);
      }
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      const decl = statement.declaration;
      const fn = decl.type === 'Identifier' ? functions.get(decl.name) : decl;
      add('default', fn, statement, statement.leadingComments);
    }
  }
  return actions;
}
