/**
 * Turns a route file's POST handler into the body of a server action.
 *
 * The action returns `{ ok, status, data }`: what the route answered, as a value. Thrown
 * messages are hidden from the client in production builds, so a 400 body such as
 * `{ error: 'Title required' }` must travel as a return value to reach the user unchanged.
 * Redirects become `redirect()` from next/navigation. Anything else the handler does with
 * HTTP makes the conversion decline, with the reason and line.
 */
import { isTypeScript, parseModule } from '../scan/parse-source.ts';
import { applyEdits, detectStyle, lineRemoval, type TextEdit } from './edits.ts';
import { memberPath, propertyKey } from '../scan/ast.ts';
import { declaredNames, declaresAgain, enclosingFunction, findExportedHandler, isInsideTryBlock, lineOf, referencedNames } from './route-handler.ts';
import type { ConvertedAction, ImportNeed, RouteConversion, RouteConversionRequest, RouteParam } from './converted-action.ts';
import { isSegmentConfig, leadingStart, namesIn, rebuildImport } from './moved-code.ts';
import { numericStatus, redirectTarget, resultText } from './route-responses.ts';
import { findPaths, topLevelPaths, type NodePath } from './node-path.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

const SEGMENT_CONFIG_BLOCKING = new Set(['runtime', 'maxDuration', 'preferredRegion']);

const RESPONSE = new Set(['NextResponse', 'Response']);

function decline(reason: string, line: number): RouteConversion {
  return { ok: false, reason, line };
}

function paramsType(params: RouteParam[]): string {
  const fields = params.map((p) => `${p.name}${p.kind === 'optional-catch-all' ? '?' : ''}: ${p.kind === 'dynamic' ? 'string' : 'string[]'}`);
  return `{ ${fields.join('; ')} }`;
}

export function convertRoute(request: RouteConversionRequest): RouteConversion {
  const ts = isTypeScript(request.file);
  const source = request.source;
  const ast = parseModule(request.file, source);
  const program: AnyNode = ast.program;
  const style = detectStyle(source, program);
  const handler = findExportedHandler(ast, request.method);
  if (!handler) return decline(`${request.method} is not exported as a function declaration or a const arrow function, the forms this migration rewrites`, 1);
  const { fn, statement } = handler;
  const fnLine = lineOf(statement.node);
  if (fn.body.type !== 'BlockStatement') return decline('the handler is an arrow function with an expression body', fnLine);
  const text = (node: AnyNode) => source.slice(node.start, node.end);

  for (const path of topLevelPaths(ast)) {
    const decl = path.node.type === 'ExportNamedDeclaration' ? path.node.declaration : undefined;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      if (SEGMENT_CONFIG_BLOCKING.has(d.id?.name)) return decline(`the route sets \`${d.id.name}\`, which would not apply to an action`, lineOf(path.node));
    }
  }

  const [requestParam, contextParam] = fn.params as AnyNode[];
  const requestName: string | undefined = requestParam?.type === 'Identifier' ? requestParam.name : undefined;
  if (requestParam && !requestName) return decline('the request parameter is destructured', lineOf(requestParam));
  let paramsName: string | undefined;
  let contextName: string | undefined;
  if (contextParam?.type === 'ObjectPattern') {
    for (const prop of contextParam.properties) {
      if (prop.key?.name !== 'params') return decline('the handler reads something from its context other than params', lineOf(prop));
      if (prop.value?.type !== 'Identifier') return decline('params is destructured in the handler signature', lineOf(prop));
      paramsName = prop.value.name;
    }
  } else if (contextParam?.type === 'Identifier') {
    contextName = contextParam.name;
  } else if (contextParam) {
    return decline('the handler context parameter has a form this migration does not read', lineOf(contextParam));
  }

  // Paths found from the statement keep their parents, which the checks below walk.
  const inBody = (p: NodePath) => {
    for (let c: NodePath | null = p; c; c = c.parent) if (c.node === fn.body) return true;
    return false;
  };
  const bodyFind = (test: (node: AnyNode) => boolean) => findPaths(statement, test).filter(inBody);
  const isIdentifier = (name: string) => (n: AnyNode) => n.type === 'Identifier' && n.name === name;
  const isPropertyName = (p: AnyNode) => {
    const parent = p.parent.node;
    return ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === p.node && !parent.computed) ||
      ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === p.node && !parent.shorthand);
  };
  const edits: TextEdit[] = [];
  const newImports = new Map<string, string>(); // name → module, for next/headers and next/navigation
  /** A node's text with the edits already made inside it; those edits are then folded into the caller's. */
  const editedText = (node: AnyNode) => {
    const inner = edits.filter((e) => e.start >= node.start && e.end <= node.end);
    for (const e of inner) edits.splice(edits.indexOf(e), 1);
    return applyEdits(source.slice(node.start, node.end), inner, node.start);
  };
  const replaceNode = (node: AnyNode, build: (inner: (n: AnyNode) => string) => string) => {
    const text = build(editedText);
    edits.push({ start: node.start, end: node.end, text });
  };

  let jsonPath: AnyNode | undefined;
  let formPath: AnyNode | undefined;
  const ownBinding = (name: string) => (p: AnyNode) => !isPropertyName(p) && !declaresAgain(p, fn, name, null);
  const requestUses: AnyNode[] = requestName ? bodyFind(isIdentifier(requestName)).filter(ownBinding(requestName)) : [];
  const redirectBases = new Set<AnyNode>();
  for (const p of requestUses) {
    const member = p.parent.node;
    const prop = member.type === 'MemberExpression' && !member.computed ? member.property.name : undefined;
    const call = p.parent.parent?.node;
    const isCall = call?.type === 'CallExpression' && call.callee === member;
    if ((prop === 'json' || prop === 'formData') && isCall && p.parent.parent.parent?.node.type === 'AwaitExpression') {
      if (prop === 'json') {
        if (jsonPath) return decline('the handler reads the JSON body twice', lineOf(call));
        jsonPath = p.parent.parent.parent;
      } else {
        if (formPath) return decline('the handler reads the form data twice', lineOf(call));
        formPath = p.parent.parent.parent;
      }
      continue;
    }
    if ((prop === 'headers' || prop === 'cookies') && p.parent.parent?.node.type === 'MemberExpression' && p.parent.parent.node.property?.name === 'get') {
      // request.headers.get(x) → (await headers()).get(x): the same values, read the way actions read them.
      newImports.set(prop, 'next/headers');
      edits.push({ start: member.start, end: member.end, text: `(await ${prop}())` });
      continue;
    }
    if ((prop === 'url' || prop === 'nextUrl') && p.parent.parent?.node.type === 'NewExpression' && p.parent.parent.node.arguments[1] === member) {
      redirectBases.add(p.parent.parent.node);
      continue;
    }
    return decline(`the handler reads request${prop ? `.${prop}` : ''}, which an action does not receive`, lineOf(p.node));
  }
  if (jsonPath && formPath) return decline('the handler reads both a JSON body and form data', lineOf(jsonPath.node));

  const inputs: ConvertedAction['inputs'] = [];
  const signature: string[] = [];
  if (paramsName || contextName) {
    if (contextName && bodyFind(isIdentifier(contextName)).some((p: AnyNode) => ownBinding(contextName)(p) && p.parent.node.property?.name !== 'params')) {
      return decline('the handler reads its context for more than params', fnLine);
    }
    const uses = paramsName
      ? bodyFind(isIdentifier(paramsName)).filter(ownBinding(paramsName))
      : bodyFind((n) => n.type === 'MemberExpression' && isIdentifier(contextName!)(n.object) && n.property.name === 'params');
    uses.forEach((p: AnyNode) => {
      const target = p.parent.node.type === 'AwaitExpression' ? p.parent.node : p.node;
      edits.push({ start: target.start, end: target.end, text: 'params' });
    });
    if (uses.length) {
      inputs.push('params');
      signature.push(ts ? `params: ${paramsType(request.params)}` : 'params');
    }
  }
  const bodyPath = jsonPath ?? formPath;
  if (bodyPath) {
    const isJson = bodyPath === jsonPath;
    const used = referencedNames(fn);
    let name = (isJson ? ['input', 'payload', 'requestBody'] : ['formData', 'form', 'submitted']).find((n) => !used.has(n)) ?? '';
    if (!name) return decline('every name the body argument could take is already used in the handler', lineOf(bodyPath.node));
    let type = isJson ? 'any' : 'FormData';
    let target = bodyPath;
    while (target.parent.node.type === 'ParenthesizedExpression') target = target.parent;
    if (isJson && target.parent.node.type === 'TSAsExpression' && target.parent.node.expression === target.node) {
      target = target.parent;
      type = text(target.node.typeAnnotation);
    }
    const parent = target.parent.node;
    const declaration = target.parent.parent?.node;
    if (parent.type === 'VariableDeclarator' && parent.init === target.node && parent.id.type === 'Identifier' && declaration?.declarations?.length === 1) {
      name = parent.id.name;
      if (parent.id.typeAnnotation) type = text(parent.id.typeAnnotation.typeAnnotation);
      edits.push(lineRemoval(source, declaration.start, declaration.end));
    } else {
      if (isJson && parent.type === 'CallExpression' && /\.(parse|safeParse|parseAsync|safeParseAsync)$/.test(memberPath(parent.callee) ?? '')) type = 'unknown';
      const node = target.node;
      // Babel keeps the parentheses of `(await request.json()) as T` outside the node.
      const open = source.lastIndexOf('(', node.start);
      const wrapped = node.extra?.parenthesized && /^\s*$/.test(source.slice(open + 1, node.start));
      edits.push(wrapped ? { start: open, end: source.indexOf(')', node.end) + 1, text: name } : { start: node.start, end: node.end, text: name });
    }
    if (!isJson && /\b(File|Blob)\b|\.(arrayBuffer|stream|bytes)\(/.test(text(fn.body))) {
      return decline('the handler reads uploaded files; action bodies are capped at 1 MB (serverActions.bodySizeLimit), so large uploads would fail with 413', lineOf(bodyPath.node));
    }
    inputs.push(isJson ? 'json' : 'form-data');
    signature.push(ts ? `${name}: ${type}` : name);
  }

  // Responses become values; redirects become redirect().
  let returnsResult = false;
  let onlyRedirects = true;
  const returns: AnyNode[] = bodyFind((n) => n.type === 'ReturnStatement').filter((p) => enclosingFunction(p) === fn);
  if (!returns.length) return decline('the handler never returns a response', fnLine);
  for (const p of returns) {
    const arg = p.node.argument;
    const line = lineOf(p.node);
    const callee = arg?.type === 'CallExpression' || arg?.type === 'NewExpression' ? memberPath(arg.callee) : undefined;
    if (arg?.type === 'CallExpression' && callee && /^(NextResponse|Response)\.json$/.test(callee)) {
      const status = numericStatus(arg.arguments[1], []);
      if (status === 'invalid') return decline('a response sets more than a literal status', line);
      replaceNode(arg, (inner) => resultText(status, arg.arguments[0] ? inner(arg.arguments[0]) : 'undefined'));
      returnsResult = true;
      onlyRedirects = false;
      continue;
    }
    if (arg?.type === 'NewExpression' && callee && RESPONSE.has(callee)) {
      const [body, init] = arg.arguments;
      const status = numericStatus(init, ['headers']);
      const headers = init?.properties?.find((prop: AnyNode) => propertyKey(prop) === 'headers');
      const jsonOnlyHeaders = !headers || (headers.value.type === 'ObjectExpression' && headers.value.properties.every((h: AnyNode) => /^content-type$/i.test(propertyKey(h) ?? '') && /json/.test(h.value.value ?? '')));
      const dataNode = body?.type === 'CallExpression' && memberPath(body.callee) === 'JSON.stringify' && body.arguments.length === 1 ? body.arguments[0] : undefined;
      if (status === 'invalid' || !jsonOnlyHeaders || (body && body.type !== 'NullLiteral' && !dataNode)) return decline('a response is not JSON with a literal status', line);
      replaceNode(arg, (inner) => resultText(status, dataNode ? inner(dataNode) : 'null'));
      returnsResult = true;
      onlyRedirects = false;
      continue;
    }
    if (arg?.type === 'CallExpression' && callee && /^(NextResponse|Response)\.redirect$/.test(callee)) {
      const target = redirectTarget(arg.arguments[0], redirectBases);
      if (!target) return decline('a redirect goes somewhere this migration cannot read as a path of this app', line);
      if (isInsideTryBlock(p, fn)) return decline('redirect() would run inside a try block, which catches the NEXT_REDIRECT it throws', line);
      newImports.set('redirect', 'next/navigation');
      const semicolon = text(p.node).trimEnd().endsWith(';') ? ';' : '';
      replaceNode(p.node, (inner) => `redirect(${inner(target)})${semicolon}`);
      continue;
    }
    return decline('the handler returns something other than a JSON response or a redirect', line);
  }
  const unhandledRequest = requestUses.find((p: AnyNode) => p.parent.node.property?.name === 'url' && !redirectBases.has(p.parent.parent.node));
  if (unhandledRequest) return decline('the handler reads request.url', lineOf(unhandledRequest.node));

  // Module-level code the handler needs moves with it; code the other handlers share can't.
  const byName = new Map<string, AnyNode>();
  for (const s of program.body) for (const name of declaredNames(s)) byName.set(name, s);
  const needed = new Set<AnyNode>();
  const queue = [fn];
  while (queue.length) {
    for (const name of referencedNames(queue.pop())) {
      const s = byName.get(name);
      if (s && s !== statement.node && !needed.has(s)) {
        needed.add(s);
        if (s.type !== 'ImportDeclaration') queue.push(s);
      }
    }
  }
  const remaining = program.body.filter((s: AnyNode) => s !== statement.node && s.type !== 'ImportDeclaration' && !needed.has(s));
  const remainingNames = new Set<string>();
  for (const s of remaining) for (const n of referencedNames(s)) remainingNames.add(n);
  for (const s of needed) {
    if (s.type === 'ImportDeclaration') continue;
    const shared = declaredNames(s).find((n) => remainingNames.has(n));
    if (shared) return decline(`\`${shared}\` is shared with the route's other handlers`, lineOf(s));
    if (s.type === 'ExportNamedDeclaration') return decline(`\`${declaredNames(s).join(', ')}\` is exported from the route file`, lineOf(s));
  }

  const body = fn.body;
  const bodyText = applyEdits(source.slice(body.start, body.end), edits.filter((e) => e.start >= body.start && e.end <= body.end), body.start);
  const movedDeclarations = program.body.filter((s: AnyNode) => needed.has(s) && s.type !== 'ImportDeclaration');
  const declarations = movedDeclarations.map((s: AnyNode) => source.slice(leadingStart(s), s.end));
  const topLevelNames = [...needed].flatMap((s) => declaredNames(s));
  const taken = new Set([...topLevelNames, ...(request.reservedNames ?? [])]);
  let actionName = request.actionName;
  for (let i = 1; taken.has(actionName); i++) actionName = i === 1 ? `${request.actionName}Action` : `${request.actionName}Action${i}`;
  const returnType = ts && returnsResult ? ': Promise<RouteResult>' : '';
  const comments = source.slice(leadingStart(statement.node), statement.node.start);
  const functionText = `${comments}export async function ${actionName}(${signature.join(', ')})${returnType} ${bodyText}`;

  // Imports follow what the moved code still names once its responses are values.
  const usedByMoved = namesIn(request.file, [functionText, ...declarations].join('\n'));
  const importNeeds: ImportNeed[] = [];
  const routeEdits: TextEdit[] = [];
  for (const s of program.body) {
    if (s.type !== 'ImportDeclaration') continue;
    const specifiers: AnyNode[] = s.specifiers ?? [];
    const movedSpecs = specifiers.filter((sp) => usedByMoved.has(sp.local.name));
    const keptSpecs = specifiers.filter((sp) => remainingNames.has(sp.local.name));
    if (movedSpecs.length) {
      const def = movedSpecs.find((sp) => sp.type === 'ImportDefaultSpecifier');
      const ns = movedSpecs.find((sp) => sp.type === 'ImportNamespaceSpecifier');
      importNeeds.push({
        source: s.source.value,
        ...(def ? { defaultName: def.local.name } : {}),
        ...(ns ? { namespaceName: ns.local.name } : {}),
        named: movedSpecs.filter((sp) => sp.type === 'ImportSpecifier').map((sp) => text(sp)),
        typeOnly: s.importKind === 'type',
      });
    }
    if (!specifiers.length || keptSpecs.length === specifiers.length) continue;
    if (!keptSpecs.length) routeEdits.push(lineRemoval(source, s.start, s.end));
    else routeEdits.push({ start: s.start, end: s.end, text: rebuildImport(s, keptSpecs, source, style) });
  }
  for (const [name, from] of newImports) importNeeds.push({ source: from, named: [name], typeOnly: false });

  // What stays in the route file: the other handlers and the imports they still use.
  for (const s of [statement.node, ...movedDeclarations]) routeEdits.push(lineRemoval(source, leadingStart(s), s.end));
  const handlersLeft = program.body.some((s: AnyNode) => s !== statement.node && (s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && !isSegmentConfig(s));
  const routeSource = handlersLeft ? applyEdits(source, routeEdits) : null;

  return {
    ok: true,
    routeSource,
    action: { name: actionName, inputs, onlyRedirects, returnsResult, functionText, imports: importNeeds, declarations, topLevelNames, style },
  };
}
