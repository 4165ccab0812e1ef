import { parseModule } from '../scan/parse-source.ts';
import { importStatement, lineRemoval, type SourceStyle, type TextEdit } from './edits.ts';
import type { ImportNeed } from './converted-action.ts';
import { declaredNames, lineOf, referencedNames } from './route-handler.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export function namesIn(file: string, code: string): Set<string> {
  return referencedNames(parseModule(file, code).program);
}

/** What becomes of a route segment config export when its POST handler becomes an action. */
export function segmentConfigNote(name: string | undefined, value: string): string | 'decline' | undefined {
  switch (name) {
    case 'maxDuration':
      return 'decline';
    case 'runtime':
    case 'preferredRegion':
      return `the route's \`${name} = ${value}\` does not carry over: an action runs with the ${name === 'runtime' ? 'runtime' : 'region'} of the page that calls it`;
    case 'dynamic':
    case 'revalidate':
    case 'fetchCache':
    case 'dynamicParams':
      return `the route's \`${name} = ${value}\` never applied to its POST handler and does not apply to an action`;
    default:
      return undefined;
  }
}

/**
 * A route file's segment config exports read once: the note for each that does not carry over
 * to an action, or the `maxDuration` that declines the conversion.
 */
export function segmentConfig(body: AnyNode[], source: string): { notes: string[] } | { reason: string; line: number } {
  const notes: string[] = [];
  for (const statement of body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : undefined;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      const note = segmentConfigNote(d.id?.name, d.init ? source.slice(d.init.start, d.init.end) : '');
      if (note === 'decline') return { reason: 'the route sets `maxDuration`; an action runs with the maxDuration of the page that calls it, which may be shorter', line: lineOf(statement) };
      if (note) notes.push(note);
    }
  }
  return { notes };
}

export function isSegmentConfig(statement: AnyNode): boolean {
  const decl = statement.declaration;
  return decl?.type === 'VariableDeclaration' && decl.declarations.every((d: AnyNode) => ['dynamic', 'revalidate', 'fetchCache', 'dynamicParams', 'runtime', 'preferredRegion', 'maxDuration'].includes(d.id?.name));
}

/** Where a statement starts, counting the comments written above it. */
export function leadingStart(node: AnyNode): number {
  const comments: AnyNode[] = (node.comments ?? node.leadingComments ?? []).filter((c: AnyNode) => c.leading !== false && c.end <= node.start);
  return comments.length ? Math.min(node.start, ...comments.map((c) => c.start)) : node.start;
}

export function rebuildImport(statement: AnyNode, specifiers: AnyNode[], source: string, style: SourceStyle): string {
  const def = specifiers.find((sp) => sp.type === 'ImportDefaultSpecifier');
  const named = specifiers.filter((sp) => sp.type === 'ImportSpecifier').map((sp) => source.slice(sp.start, sp.end));
  const ns = specifiers.find((sp) => sp.type === 'ImportNamespaceSpecifier');
  const own = { ...style, semicolons: source.slice(statement.start, statement.end).trimEnd().endsWith(';'), quote: source[statement.source.start] as "'" | '"' };
  const typePrefix = statement.importKind === 'type' ? 'type ' : '';
  if (ns) return `import ${typePrefix}${def ? `${def.local.name}, ` : ''}* as ${ns.local.name} from ${own.quote}${statement.source.value}${own.quote}${own.semicolons ? ';' : ''}`;
  return importStatement(named, statement.source.value, own, def?.local.name).replace(/^import /, `import ${typePrefix}`);
}

/** A declaration two copies of which behave as one: functions, types, and constants that hold no state. */
function isStateless(statement: AnyNode): boolean {
  if (['FunctionDeclaration', 'TSInterfaceDeclaration', 'TSTypeAliasDeclaration'].includes(statement.type)) return true;
  const constantInit = (init: AnyNode) =>
    ['ArrowFunctionExpression', 'FunctionExpression', 'StringLiteral', 'NumericLiteral', 'BooleanLiteral'].includes(init?.type) || (init?.type === 'TemplateLiteral' && !init.expressions.length);
  return statement.type === 'VariableDeclaration' && statement.kind === 'const' && statement.declarations.every((d: AnyNode) => d.id.type === 'Identifier' && constantInit(d.init));
}

export type CodeToMove =
  | { needed: Set<AnyNode>; copied: Set<AnyNode>; remainingNames: Set<string> }
  | { reason: string; line: number };

/**
 * The module-level statements the handler needs, which move with it. One the route's other
 * handlers use too is copied when a copy behaves the same (a function, a type, a constant
 * literal); one holding state (a cache, a client, a `let`) can't be split, so the
 * conversion declines.
 */
export function codeToMove(program: AnyNode, handlerStatement: AnyNode, fn: AnyNode): CodeToMove {
  const byName = new Map<string, AnyNode>();
  for (const s of program.body) for (const name of declaredNames(s)) byName.set(name, s);
  const needed = new Set<AnyNode>();
  const queue = [fn];
  while (queue.length) {
    for (const name of referencedNames(queue.pop())) {
      const s = byName.get(name);
      if (s && s !== handlerStatement && !needed.has(s)) {
        needed.add(s);
        if (s.type !== 'ImportDeclaration') queue.push(s);
      }
    }
  }
  const copied = new Set<AnyNode>();
  const remainingNames = new Set<string>();
  const stays = (s: AnyNode) => s !== handlerStatement && s.type !== 'ImportDeclaration' && (!needed.has(s) || copied.has(s));
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of program.body.filter(stays)) for (const n of referencedNames(s)) remainingNames.add(n);
    for (const s of needed) {
      if (s.type === 'ImportDeclaration' || copied.has(s)) continue;
      const shared = declaredNames(s).find((n) => remainingNames.has(n));
      if (!shared) continue;
      if (!isStateless(s)) return { reason: `\`${shared}\` is shared with the route's other handlers and holds state, so it can't be copied`, line: lineOf(s) };
      copied.add(s);
      grew = true;
    }
  }
  for (const s of needed) {
    if (s.type === 'ExportNamedDeclaration') return { reason: `\`${declaredNames(s).join(', ')}\` is exported from the route file`, line: lineOf(s) };
  }
  return { needed, copied, remainingNames };
}

/**
 * Which imports the moved code takes along (`importNeeds`), and the edits that leave the
 * route file only the imports its remaining code still uses.
 */
export function splitImports(program: AnyNode, source: string, usedByMoved: Set<string>, remainingNames: Set<string>, style: SourceStyle): { importNeeds: ImportNeed[]; routeEdits: TextEdit[] } {
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
        named: movedSpecs.filter((sp) => sp.type === 'ImportSpecifier').map((sp) => source.slice(sp.start, sp.end)),
        typeOnly: s.importKind === 'type',
      });
    }
    if (!specifiers.length || keptSpecs.length === specifiers.length) continue;
    if (!keptSpecs.length) routeEdits.push(lineRemoval(source, s.start, s.end));
    else routeEdits.push({ start: s.start, end: s.end, text: rebuildImport(s, keptSpecs, source, style) });
  }
  return { importNeeds, routeEdits };
}
