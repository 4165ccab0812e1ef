import type { Node, File } from '@babel/types';
import { calleeName, hasDirective, isFunctionNode, lineOf, memberPath, objectProperty, stringValue, topLevelFunctions, unwrap, walk } from './ast.ts';
import type { ActionFact, BindingUse, FetchWrapper, FileFacts, ImportFact } from './facts.ts';
import { findWrappers, initMethod, readInvocations, type RawInvocation } from './fetch-wrappers.ts';
import { externalTag, isExternalSignal, moduleActions } from './module-actions.ts';
import { resolveCalls, type RawCall, type SwrHook } from './resolve-calls.ts';
import { collectSignals } from './signals.ts';
import { isElementAttribute, isModuleSource, readMentions, urlConstantsOf } from './url-mentions.ts';
import { ConstantBindings } from './url-expression.ts';
import { MUTATING_VERBS, pathsAt } from './client-paths.ts';
import type { CallerVia } from '../types.ts';

export type { ActionFact, BindingUse, FetchWrapper, FileFacts, HttpCall, ImportFact, UrlMention } from './facts.ts';
export { joinAxiosUrl } from './url-expression.ts';

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

const AXIOS_BODY_VERBS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);

const FETCH_NAMES = new Set(['fetch', 'window.fetch', 'globalThis.fetch', 'self.fetch']);


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
  const innerInvocations: RawInvocation[] = []; // of functions declared inside others: kept for those that turn out to wrap fetch
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
      case 'AssignmentExpression':
      case 'UpdateExpression':
        constants.noteAssignment(node);
        return;
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
      push({ kind: 'fetch', method: initMethod(init, 'GET'), urlArg, base: '', wrapping: { ancestors: [...ancestors], init } });
      return;
    }

    const wrapper = wrappers.find((w) => w.name === name);
    if (wrapper) {
      const verb = name.split('.').pop()!.toLowerCase();
      const method = wrapper.method?.toUpperCase() ?? initMethod(args[1], HTTP_VERBS.includes(verb) ? verb.toUpperCase() : 'GET');
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
      push({ kind: 'axios', method: initMethod(config, 'GET'), urlArg, base, wrapping: { ancestors: [...ancestors], init: config } });
    } else if (!isAxios && importedLocals.has(objectName) && !objectName.includes('.') && HTTP_VERBS.includes(verb) && args[0]) {
      push({ kind: 'axios', method: verb.toUpperCase(), urlArg: args[0], base: '', axiosInstance: objectName });
    } else if (callee.type === 'Identifier' && args.length && (functions.has(callee.name) || importedLocals.has(callee.name))) {
      rawInvocations.push({ node, callee: callee.name, args, via });
    } else if (callee.type === 'Identifier' && args.length) {
      innerInvocations.push({ node, callee: callee.name, args, via });
    } else if (MUTATING_VERBS.has(verb) && args[0]) {
      // `this.post('/api/posts', …)` on an API client class this tool does not follow: a request it can't link for sure.
      for (const path of pathsAt(args[0], ancestors)) push({ kind: 'client', method: verb.toUpperCase(), urlArg: path, base: '' });
    }
  });

  const found = findWrappers(rawCalls, constants, exports);
  const calls = resolveCalls(rawCalls.filter((c) => !found.some((w) => w.node === c.node)), swrHooks, mutationFnNames, constants, functions);
  // `const handleCheckout = async (url, body) => { … fetch(url, …) }` in a component: its calls go through it, when the file declares that name once.
  const innerWrappers = new Set(found.map((w) => w.fact.name).filter((name) => !functions.has(name) && constants.get(name)));
  const throughWrappers = [...rawInvocations, ...innerInvocations.filter((c) => innerWrappers.has(c.callee))];
  const invocations = readInvocations(throughWrappers, constants, new Set(found.map((w) => w.fact.name)));
  // An API client call's path stays a mention too: that call is not known to reach the route.
  const consumed = [...rawCalls.filter((c) => c.kind !== 'client').map((c) => c.urlArg), ...throughWrappers.flatMap((c) => c.args)].filter((n): n is Node => !!n);
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
