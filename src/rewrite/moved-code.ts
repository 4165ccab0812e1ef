import { parseModule } from '../scan/parse-source.ts';
import { importStatement, type SourceStyle } from './edits.ts';
import { referencedNames } from './route-handler.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export function namesIn(file: string, code: string): Set<string> {
  return referencedNames(parseModule(file, code).program);
}

export function isSegmentConfig(statement: AnyNode): boolean {
  const decl = statement.declaration;
  return decl?.type === 'VariableDeclaration' && decl.declarations.every((d: AnyNode) => ['dynamic', 'revalidate', 'fetchCache', 'dynamicParams'].includes(d.id?.name));
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
