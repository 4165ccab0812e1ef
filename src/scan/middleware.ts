import type { File, Node } from '@babel/types';
import { lineOf, objectProperty, propertyKey, stringValue, unwrap } from './ast.ts';
import { collectSignals, type Signal } from './signals.ts';
import { headerGates, type HeaderGate } from './header-gates.ts';

/** Next 16 names it proxy; older apps call it middleware. Both may sit at the root or in src/. */
export const MIDDLEWARE_FILES = ['proxy', 'middleware'].flatMap((name) =>
  ['', 'src/'].flatMap((dir) => ['ts', 'js', 'mjs', 'tsx', 'jsx'].map((ext) => `${dir}${name}.${ext}`)),
);

export interface MatcherSource {
  source: string;
  /** `has` / `missing` conditions make coverage depend on the request; we assume they may match. */
  conditional: boolean;
}

export interface MiddlewareFacts {
  /** null: no `config.matcher`, so Next runs it on every path. */
  matchers: MatcherSource[] | null;
  /** The matcher exists but isn't a literal this tool can read. */
  unreadable: boolean;
  line: number;
  signals: Signal[];
  /** Refusals of requests that lack a header action calls don't send. */
  headerGates: HeaderGate[];
}

function readMatcher(node: Node): MatcherSource[] | undefined {
  const n = unwrap(node);
  const one = (item: Node): MatcherSource | undefined => {
    const text = stringValue(item);
    if (text !== undefined) return { source: text, conditional: false };
    const obj = unwrap(item);
    if (obj.type !== 'ObjectExpression') return undefined;
    const source = stringValue(objectProperty(obj, 'source'));
    if (source === undefined) return undefined;
    const conditional = obj.properties.some((p) => ['has', 'missing'].includes(propertyKey(p) ?? ''));
    return { source, conditional };
  };
  if (n.type === 'ArrayExpression') {
    const items = n.elements.map((e) => (e && e.type !== 'SpreadElement' ? one(e) : undefined));
    return items.every(Boolean) ? (items as MatcherSource[]) : undefined;
  }
  const single = one(n);
  return single ? [single] : undefined;
}

export function scanMiddleware(ast: File, ownHosts: readonly string[]): MiddlewareFacts {
  let matchers: MatcherSource[] | null = null;
  let unreadable = false;
  let line = 1;
  for (const statement of ast.program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    for (const d of statement.declaration.declarations) {
      if (d.id.type !== 'Identifier' || d.id.name !== 'config' || !d.init) continue;
      const matcher = objectProperty(d.init, 'matcher');
      if (!matcher) continue;
      line = lineOf(matcher);
      const read = readMatcher(matcher);
      if (read) matchers = read;
      else unreadable = true;
    }
  }
  return { matchers, unreadable, line, signals: collectSignals([ast.program], undefined, ownHosts), headerGates: headerGates(ast) };
}
