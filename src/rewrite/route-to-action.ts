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
import { calleeName, memberPath } from '../scan/ast.ts';
import { declaredNames, declaresAgain, enclosingFunction, findExportedHandler, unrewrittenExportReason, isInsideTryBlock, lineOf, referencedNames } from './route-handler.ts';
import type { ConvertedAction, RouteConversion, RouteConversionRequest, RouteParam } from './converted-action.ts';
import { codeToMove, isSegmentConfig, leadingStart, namesIn, segmentConfig, splitImports } from './moved-code.ts';
import { readResponse, redirectTarget, resultText, ROUTE_RESULT_HELPER } from './route-responses.ts';
import { findPaths, type NodePath } from './node-path.ts';
import { acceptedUploadBytes, DEFAULT_BODY_LIMIT } from './upload-limit.ts';
import { queryReadEdit } from './query-reads.ts';
import { catchesEverything, wrapUnexpectedErrors } from './unexpected-errors.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

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
  if (!handler) return decline(unrewrittenExportReason(ast, request.method), 1);
  const { fn, statement } = handler;
  const fnLine = lineOf(statement.node);
  if (fn.body.type !== 'BlockStatement') return decline('the handler is an arrow function with an expression body', fnLine);
  const text = (node: AnyNode) => source.slice(node.start, node.end);

  const config = segmentConfig(program.body, source);
  if ('reason' in config) return decline(config.reason, config.line);
  const notes = [...config.notes];

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
  const redirectedFrom = new Set<AnyNode>(); // the bases a redirect consumed
  const queryName = ['query', 'queryString', 'search'].find((n) => !referencedNames(fn).has(n)) ?? '';
  let readsQuery = false;
  for (const p of requestUses) {
    const member = p.parent.node;
    const prop = member.type === 'MemberExpression' && !member.computed ? member.property.name : undefined;
    const call = p.parent.parent?.node;
    const isCall = call?.type === 'CallExpression' && call.callee === member;
    // `await request.json()`, or `await request.json().catch(() => null)`: the fallback only
    // served a body that wasn't JSON, and an action's argument is always a value.
    const caught = isCall && p.parent.parent.parent?.node.type === 'MemberExpression' && p.parent.parent.parent.node.property?.name === 'catch' && p.parent.parent.parent.parent?.node.type === 'CallExpression'
      ? p.parent.parent.parent.parent
      : undefined;
    const read = caught ?? (isCall ? p.parent.parent : undefined);
    if ((prop === 'json' || prop === 'formData') && read?.parent?.node.type === 'AwaitExpression') {
      if (prop === 'json') {
        if (jsonPath) return decline('the handler reads the JSON body twice', lineOf(call));
        jsonPath = read.parent;
      } else {
        if (formPath) return decline('the handler reads the form data twice', lineOf(call));
        formPath = read.parent;
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
    const queryRead = queryReadEdit(p, queryName);
    if (queryRead && 'reason' in queryRead) return decline(queryRead.reason, lineOf(p.node));
    if (queryRead) {
      edits.push(queryRead);
      readsQuery = true;
      continue;
    }
    const passedTo = (member.type === 'CallExpression' || member.type === 'NewExpression') && member.arguments.includes(p.node) ? calleeName(member) : undefined;
    if (passedTo) return decline(`the handler passes its request to ${passedTo}(…), and an action receives no request to pass`, lineOf(p.node));
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
    // The argument takes what `request.json()` gave: any value at all. A type the route
    // asserted or annotated stays on the line that declared it, so callers may send what
    // the route accepted, no stricter.
    let type = isJson ? 'any' : 'FormData';
    let target = bodyPath;
    while (target.parent.node.type === 'ParenthesizedExpression') target = target.parent;
    const parent = target.parent.node;
    const declaration = target.parent.parent?.node;
    if (parent.type === 'VariableDeclarator' && parent.init === target.node && parent.id.type === 'Identifier' && !parent.id.typeAnnotation && declaration?.declarations?.length === 1) {
      name = parent.id.name;
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
      const limit = request.bodySizeLimit ?? DEFAULT_BODY_LIMIT;
      const accepted = acceptedUploadBytes(fn);
      if (accepted === undefined || accepted > limit.bytes) {
        const took = accepted === undefined ? 'the route takes files of any size' : `the route takes files up to ${accepted} bytes`;
        return decline(`the handler reads uploaded files: an action takes a body up to ${limit.written} (serverActions.bodySizeLimit), and ${took}, so larger uploads would fail with 413`, lineOf(bodyPath.node));
      }
    }
    inputs.push(isJson ? 'json' : 'form-data');
    signature.push(ts ? `${name}: ${type}` : name);
  }
  if (readsQuery) {
    if (!queryName) return decline('every name the query argument could take is already used in the handler', fnLine);
    inputs.push('query');
    signature.push(ts ? `${queryName}: string` : queryName);
  }

  // Responses become values; redirects become redirect().
  let returnsResult = false;
  let onlyRedirects = true;
  const readsAtRunTime: number[] = [];
  let statusTextUnknown = false;
  const returns: AnyNode[] = bodyFind((n) => n.type === 'ReturnStatement').filter((p) => enclosingFunction(p) === fn);
  if (!returns.length) return decline('the handler never returns a response', fnLine);
  for (const p of returns) {
    const arg = p.node.argument;
    const line = lineOf(p.node);
    const callee = arg?.type === 'CallExpression' ? memberPath(arg.callee) : undefined;
    if (arg?.type === 'CallExpression' && callee && /^(NextResponse|Response)\.redirect$/.test(callee)) {
      const target = redirectTarget(arg.arguments[0], redirectBases);
      if (target && target !== arg.arguments[0]) redirectedFrom.add(arg.arguments[0]);
      if (!target) return decline('a redirect goes somewhere this migration cannot read as a path of this app', line);
      if (isInsideTryBlock(p, fn)) return decline('redirect() would run inside a try block, which catches the NEXT_REDIRECT it throws', line);
      newImports.set('redirect', 'next/navigation');
      const semicolon = text(p.node).trimEnd().endsWith(';') ? ';' : '';
      replaceNode(p.node, (inner) => `redirect(${inner(target)})${semicolon}`);
      continue;
    }
    const reading = readResponse(arg);
    if (reading.kind === 'decline') return decline(reading.reason, line);
    returnsResult = true;
    onlyRedirects = false;
    if (reading.kind === 'static') {
      const data = reading.data;
      replaceNode(arg, (inner) => resultText(reading.status, typeof data === 'string' ? data : inner(data)));
    } else {
      readsAtRunTime.push(line);
      // A response made elsewhere (a helper, an error class) may set a statusText this file never shows.
      const builtHere = (arg.type === 'CallExpression' || arg.type === 'NewExpression') && /^(NextResponse|Response)(\.json)?$/.test(memberPath(arg.callee) ?? '');
      if (!builtHere) statusTextUnknown = true;
      replaceNode(arg, (inner) => `${ROUTE_RESULT_HELPER}(${inner(arg)})`);
    }
  }
  if (readsAtRunTime.length) {
    if (referencedNames(program).has(ROUTE_RESULT_HELPER)) return decline(`the route already uses the name \`${ROUTE_RESULT_HELPER}\`, which the converted code needs for its response reader`, readsAtRunTime[0]!);
    notes.push(`the response${readsAtRunTime.length > 1 ? 's' : ''} at line${readsAtRunTime.length > 1 ? 's' : ''} ${readsAtRunTime.join(', ')} ${readsAtRunTime.length > 1 ? 'are' : 'is'} read when the action runs: the caller gets its status and its JSON or text, as the route's client did, but not its headers`);
  }
  const unhandledRequest = requestUses.find((p: AnyNode) => /^(url|nextUrl)$/.test(p.parent.node.property?.name) && redirectBases.has(p.parent.parent.node) && !redirectedFrom.has(p.parent.parent.node));
  if (unhandledRequest) return decline('the handler reads request.url for more than a redirect or its query string', lineOf(unhandledRequest.node));

  const moving = codeToMove(program, statement.node, fn);
  if ('reason' in moving) return decline(moving.reason, moving.line);
  const { needed, copied, remainingNames } = moving;
  for (const s of copied) notes.push(`\`${declaredNames(s).join(', ')}\` is copied into the action module; the route's other handlers keep their own copy`);

  const body = fn.body;
  let bodyText = applyEdits(source.slice(body.start, body.end), edits.filter((e) => e.start >= body.start && e.end <= body.end), body.start);
  if (returnsResult && !catchesEverything(body)) {
    bodyText = wrapUnexpectedErrors(request.file, bodyText, style.semicolons ? ';' : '', style.quote, ts);
  }
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
  const { importNeeds, routeEdits } = splitImports(program, source, usedByMoved, remainingNames, style);
  for (const [name, from] of newImports) importNeeds.push({ source: from, named: [name], typeOnly: false });

  // What stays in the route file: the other handlers and the imports they still use.
  for (const s of [statement.node, ...movedDeclarations.filter((d: AnyNode) => !copied.has(d))]) routeEdits.push(lineRemoval(source, leadingStart(s), s.end));
  const handlersLeft = program.body.some((s: AnyNode) => s !== statement.node && (s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && !isSegmentConfig(s));
  const routeSource = handlersLeft ? applyEdits(source, routeEdits) : null;

  return {
    ok: true,
    routeSource,
    action: {
      name: actionName, inputs, onlyRedirects, returnsResult, readsResponses: readsAtRunTime.length > 0, functionText, imports: importNeeds, declarations, topLevelNames, style, notes,
      ...(newImports.has('headers') || newImports.has('cookies') ? { readsRequestScope: true } : {}),
      ...(statusTextUnknown || /\bstatusText\b/.test(source) ? { setsStatusText: true } : {}),
    },
  };
}
