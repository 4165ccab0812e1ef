import type { ConvertedAction, ImportNeed } from '../rewrite/converted-action.ts';
import { importStatement, withEol, type SourceStyle } from '../rewrite/edits.ts';
import { repointImport } from './import-specifier.ts';
import { routeResultHelper } from '../rewrite/route-responses.ts';

export interface ModuleEntry {
  routeFile: string;
  action: ConvertedAction;
}

function resultType(semi: string): string {
  return [
    '/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */',
    `type RouteResult = { ok: boolean; status: number; data: any }${semi}`,
  ].join('\n');
}

/** The text of a new `'use server'` module holding the converted handlers. */
export function buildActionModule(moduleFile: string, entries: readonly ModuleEntry[], typescript: boolean, style: SourceStyle): string {
  const semi = style.semicolons ? ';' : '';
  const merged = new Map<string, { need: ImportNeed; named: Set<string> }>();
  const others: string[] = [];
  for (const { routeFile, action } of entries) {
    for (const need of action.imports) {
      const source = repointImport(need.source, action.copiedFrom ?? routeFile, moduleFile);
      if (need.namespaceName || need.defaultName) {
        const line = need.namespaceName
          ? `import ${need.typeOnly ? 'type ' : ''}${need.defaultName ? `${need.defaultName}, ` : ''}* as ${need.namespaceName} from ${style.quote}${source}${style.quote}${semi}`
          : importStatement(need.named, source, style, need.defaultName).replace(/^import /, need.typeOnly ? 'import type ' : 'import ');
        if (!others.includes(line)) others.push(line);
        continue;
      }
      const key = `${need.typeOnly ? 'type ' : ''}${source}`;
      const entry = merged.get(key) ?? { need: { ...need, source }, named: new Set<string>() };
      for (const n of need.named) entry.named.add(n);
      merged.set(key, entry);
    }
  }
  const imports = [
    ...others,
    ...[...merged.values()].map(({ need, named }) => importStatement([...named], need.source, style).replace(/^import /, need.typeOnly ? 'import type ' : 'import ')),
  ];
  const declarations = [...new Set(entries.flatMap((e) => e.action.declarations))];
  const needsResultType = typescript && entries.some((e) => e.action.returnsResult);
  const blocks = [
    `${style.quote}use server${style.quote}${semi}`,
    imports.join('\n'),
    ...declarations,
    ...(needsResultType ? [resultType(semi)] : []),
    ...(entries.some((e) => e.action.readsResponses) ? [routeResultHelper(typescript, semi, style.indent)] : []),
    ...entries.map((e) => e.action.functionText),
  ].filter(Boolean);
  return withEol(`${blocks.join('\n\n')}\n`, style);
}
