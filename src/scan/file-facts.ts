import type { Node, File, Comment } from '@babel/types';
import type { CallerVia } from '../types.ts';
import { calleeName, hasDirective, isFunctionNode, lineOf, memberPath, objectProperty, stringValue, topLevelFunctions, unwrap, walk } from './ast.ts';
import { ConstantBindings, DYNAMIC, isUrlLike, urlText } from './url-expression.ts';
import { initMethod, namesMethod, wrapperOf, type Invocation, type WrapperFact } from './fetch-wrappers.ts';
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
  /** Where a URL built on a dynamic origin gets it: the browser's location, or a public or a server-only environment variable. */
  origin?: 'location' | 'public-env' | 'server-env';
}

/** A string in the code that reads as a path, outside any request this file makes: an opaque call may use it. */
export interface UrlMention {
  text: string;
  line: number;
  /** The exported constant it initialises, when it does. */
  exportedAs?: string;
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
  /** Exported constants that read as URLs: name → URL text. */
  urlConstants: Record<string, string>;
  wrappers: WrapperFact[];
  invocations: Invocation[];
  mentions: UrlMention[];
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

const methodFromInit = initMethod;

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
  /** For fetch and axios: what a wrapper needs, read once every constant is known. */
  wrapping?: { ancestors: Node[]; init: Node | undefined; verbMethod?: string | null };
}

interface RawInvocation {
  node: Node;
  callee: string;
  args: Node[];
  via?: CallerVia;
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
        if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'TSEnumDeclaration') && decl.id) exports[decl.id.name] = decl.id.name;
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
  const constants = new ConstantBindings(importedLocals);
  for (const statement of program.body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (decl?.type === 'TSEnumDeclaration') constants.noteEnum(decl);
  }
  const rawInvocations: RawInvocation[] = [];
  const mentionNodes: { node: Node; parents: Node[] }[] = [];

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
      case 'StringLiteral': {
        const parent = ancestors[ancestors.length - 1];
        if (node.value.charCodeAt(0) === 47 && !isModuleSource(parent) && !isElementAttribute(parent, ancestors[ancestors.length - 2])) mentionNodes.push({ node, parents: ancestors.slice(-3) });
        return;
      }
      case 'TemplateLiteral': {
        const head = node.quasis[0]?.value.cooked ?? '';
        if (head.charCodeAt(0) === 47 || (head === '' && (node.quasis[1]?.value.cooked ?? '').charCodeAt(0) === 47)) mentionNodes.push({ node, parents: ancestors.slice(-3) });
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
      push({ kind: 'fetch', method: methodFromInit(init, 'GET'), urlArg, base: '', wrapping: { ancestors: [...ancestors], init } });
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
      const method = verb.replace(/Form$/, '').toUpperCase();
      push({ kind: 'axios', method, urlArg: args[0], base, wrapping: { ancestors: [...ancestors], init: undefined, verbMethod: method } });
    } else if (isAxios && (verb === 'request' || verb === '') && args[0]) {
      const config = unwrap(args[0]).type === 'ObjectExpression' ? args[0] : args[1];
      const urlArg = unwrap(args[0]).type === 'ObjectExpression' ? objectProperty(args[0], 'url') : args[0];
      push({ kind: 'axios', method: methodFromInit(config, 'GET'), urlArg, base, wrapping: { ancestors: [...ancestors], init: config } });
    } else if (!isAxios && importedLocals.has(objectName) && !objectName.includes('.') && HTTP_VERBS.includes(verb) && args[0]) {
      push({ kind: 'axios', method: verb.toUpperCase(), urlArg: args[0], base: '', axiosInstance: objectName });
    } else if (callee.type === 'Identifier' && args.length && (functions.has(callee.name) || importedLocals.has(callee.name))) {
      rawInvocations.push({ node, callee: callee.name, args, via });
    }
  });

  const found = findWrappers(rawCalls, constants, exports);
  const calls = resolveCalls(rawCalls.filter((c) => !found.some((w) => w.node === c.node)), swrHooks, mutationFnNames, constants, functions);
  const invocations = readInvocations(rawInvocations, constants, new Set(found.map((w) => w.fact.name)));
  const consumed = [...rawCalls.map((c) => c.urlArg), ...rawInvocations.flatMap((c) => c.args)].filter((n): n is Node => !!n);
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
    urlConstants: urlConstantsOf(exports, constants),
    wrappers: found.map((w) => w.fact),
    invocations,
    mentions: readMentions(mentionNodes, consumed, constants, exports),
  };
}

/** `<a href="/x">`, `<img src>`: an HTML element's attribute is navigation, not a value a component may fetch. */
function isElementAttribute(parent: Node | undefined, element: Node | undefined): boolean {
  return parent?.type === 'JSXAttribute' && element?.type === 'JSXOpeningElement' && element.name.type === 'JSXIdentifier' && /^[a-z]/.test(element.name.name);
}

/** The exported constant a string initialises: `NAME`, `Enum.Member` or `object.key`, as urlConstants names them. */
function exportedConstantOf(parents: Node[], exportedLocal: Map<string, string>): string | undefined {
  const [grand, owner, parent] = [parents[parents.length - 3], parents[parents.length - 2], parents[parents.length - 1]];
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return exportedLocal.get(parent.id.name);
  if (parent?.type === 'TSEnumMember' && owner?.type === 'TSEnumDeclaration' && parent.id.type === 'Identifier') {
    const name = exportedLocal.get(owner.id.name);
    return name && `${name}.${parent.id.name}`;
  }
  if (parent?.type === 'ObjectProperty' && !parent.computed && parent.key.type === 'Identifier' && owner?.type === 'ObjectExpression' && grand?.type === 'VariableDeclarator' && grand.id.type === 'Identifier') {
    const name = exportedLocal.get(grand.id.name);
    return name && `${name}.${parent.key.name}`;
  }
  return undefined;
}

function isModuleSource(parent: Node | undefined): boolean {
  return !!parent && (parent.type === 'ImportDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportAllDeclaration' || parent.type === 'ImportExpression' || (parent.type === 'CallExpression' && (calleeName(parent) === 'require' || parent.callee.type === 'Import')));
}

/** Fetch and axios calls whose URL is a parameter of the function around them: that function is a wrapper. */
function findWrappers(rawCalls: RawCall[], constants: ConstantBindings, exports: Record<string, string>): { node: Node; fact: WrapperFact }[] {
  const found: { node: Node; fact: WrapperFact }[] = [];
  for (const c of rawCalls) {
    if (!c.wrapping) continue;
    const fact = wrapperOf(c.wrapping.ancestors, c.urlArg, c.wrapping.init, c.wrapping.verbMethod, constants);
    if (!fact) continue;
    const prefix = c.base ? c.base.replace(/\/+$/, '') + fact.prefix : fact.prefix;
    const exported = Object.entries(exports).filter(([, local]) => local === fact.name).map(([name]) => name);
    found.push({ node: c.node, fact: { ...fact, prefix, exported } });
  }
  return found;
}

const MAX_INVOCATION_ARGS = 4;

/** Calls that may go through a wrapper: kept when an argument reads as a URL or names a method, or the callee is a wrapper here. */
function readInvocations(raw: RawInvocation[], constants: ConstantBindings, localWrappers: ReadonlySet<string>): Invocation[] {
  const invocations: Invocation[] = [];
  for (const call of raw) {
    const args = call.args.slice(0, MAX_INVOCATION_ARGS);
    const texts = args.map((a) => (a.type === 'SpreadElement' ? null : urlText(a, constants) ?? null));
    if (!localWrappers.has(call.callee) && !texts.some((t) => t !== null && isUrlLike(t)) && !args.some(namesMethod)) continue;
    invocations.push({
      callee: call.callee,
      line: lineOf(call.node),
      args: texts,
      inits: args.map((a) => (a.type === 'SpreadElement' ? null : methodFromInit(a, 'GET'))),
      ...(call.via ? { via: call.via } : {}),
    });
  }
  return invocations;
}

/** Exported constants, enum members and object members that read as URLs: `NAME`, `Enum.Member`, `object.key`. */
function urlConstantsOf(exports: Record<string, string>, constants: ConstantBindings): Record<string, string> {
  const found: Record<string, string> = {};
  const note = (name: string, value: Node) => {
    const v = unwrap(value);
    const text = v.type === 'StringLiteral' || v.type === 'TemplateLiteral' || v.type === 'BinaryExpression' || v.type === 'MemberExpression' ? urlText(v, constants) : undefined;
    if (text !== undefined && isUrlLike(text)) found[name] = text;
  };
  for (const [exported, local] of Object.entries(exports)) {
    const init = constants.get(local);
    if (!init) continue;
    const n = unwrap(init);
    if (n.type === 'ObjectExpression') {
      for (const p of n.properties) if (p.type === 'ObjectProperty' && !p.computed && p.key.type === 'Identifier') note(`${exported}.${p.key.name}`, p.value as Node);
    } else if (n.type === 'TSEnumDeclaration') {
      for (const m of n.members) if (m.id.type === 'Identifier' && m.initializer) note(`${exported}.${m.id.name}`, m.initializer);
    } else note(exported, n);
  }
  return found;
}

/** Path-like strings that no request in this file uses as its URL, once per text. */
function readMentions(nodes: { node: Node; parents: Node[] }[], consumed: Node[], constants: ConstantBindings, exports: Record<string, string>): UrlMention[] {
  const mentions = new Map<string, UrlMention>();
  const exportedLocal = new Map(Object.entries(exports).map(([name, local]) => [local, name]));
  for (const { node, parents } of nodes) {
    if (consumed.some((c) => contains(c, node))) continue;
    const text = urlText(node, constants);
    if (text === undefined || !isUrlLike(text) || text === '/' || text.startsWith(DYNAMIC + DYNAMIC)) continue;
    const constant = exportedConstantOf(parents, exportedLocal);
    const key = `${text}\0${constant ?? ''}`;
    if (!mentions.has(key)) mentions.set(key, { text, line: lineOf(node), ...(constant ? { exportedAs: constant } : {}) });
  }
  return [...mentions.values()];
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
    // `isEdit ? `/api/x/${id}` : '/api/x'`: one call to each, neither certain.
    let url = c.urlArg ? unwrap(c.urlArg) : undefined;
    if (url?.type === 'Identifier' && constants.get(url.name)) url = unwrap(constants.get(url.name)!);
    const branches = url?.type === 'ConditionalExpression' ? [url.consequent, url.alternate] : [c.urlArg];
    for (const branch of branches) {
      const text = branch ? urlText(branch, constants) : undefined;
      if (c.kind === 'form' && text === undefined) continue; // an action={fn}, not a URL
      const via = c.via ?? (c.enclosingFunction && mutationFnNames.has(c.enclosingFunction) ? 'react-query-mutation' : undefined);
      const origin = branch ? originOf(branch, constants) : undefined;
      calls.push({
        line: lineOf(c.node),
        kind: c.kind,
        method: branches.length > 1 ? null : c.method,
        urlText: text === undefined ? null : joinAxiosUrl(c.base, text),
        ...(via ? { via } : {}),
        ...(c.axiosInstance ? { axiosInstance: c.axiosInstance } : {}),
        ...(origin ? { origin } : {}),
      });
    }
  }
  return calls.sort((a, b) => a.line - b.line);
}

const BROWSER_ORIGIN = /^(window\.|self\.|globalThis\.)?location\.(origin|href|protocol|host)$/;

/**
 * Where the dynamic origin of `${origin}/api/x` comes from: the browser's location, a
 * NEXT_PUBLIC_ variable, or a server-only environment variable (a self-call over HTTP).
 * Undefined when this file can't tell.
 */
function originOf(url: Node, constants: ConstantBindings): HttpCall['origin'] {
  const n = unwrap(url);
  const first = n.type === 'TemplateLiteral' && (n.quasis[0]?.value.cooked ?? '') === '' ? n.expressions[0] : n.type === 'BinaryExpression' ? n.left : n.type === 'NewExpression' && calleeName(n) === 'URL' ? n.arguments[1] : undefined;
  return first ? originOfPart(first as Node, constants, 0) : undefined;
}

function originOfPart(node: Node, constants: ConstantBindings, depth: number): HttpCall['origin'] {
  const part = unwrap(node);
  if (depth > 3) return undefined;
  if (part.type === 'LogicalExpression') return originOfPart(part.left, constants, depth + 1);
  const path = memberPath(part) ?? '';
  if (BROWSER_ORIGIN.test(path)) return 'location';
  if (path.startsWith('process.env.NEXT_PUBLIC_')) return 'public-env';
  if (path.startsWith('process.env.')) return 'server-env';
  const init = part.type === 'Identifier' ? constants.get(part.name) : undefined;
  return init ? originOfPart(init, constants, depth + 1) : undefined;
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
