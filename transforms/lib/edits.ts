import { parse } from '@babel/parser';

/**
 * Text edits on the original source. Transforms find nodes with jscodeshift and change
 * only the characters of the nodes that really change, so every other byte, comment and
 * formatting choice of the file stays as it was (recast would re-print changed nodes in
 * its own style: semicolons, one property per line).
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(source: string, edits: readonly TextEdit[], offset = 0): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = source;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error(`overlapping edits at ${edit.start}-${edit.end}`);
    out = out.slice(0, edit.start - offset) + edit.text + out.slice(edit.end - offset);
    limit = edit.start;
  }
  return out;
}

/** Widens [start, end) to whole lines, and swallows one blank line so no double gap is left. */
export function lineRemoval(source: string, start: number, end: number): TextEdit {
  let s = start;
  while (s > 0 && (source[s - 1] === ' ' || source[s - 1] === '\t')) s--;
  let e = end;
  while (e < source.length && (source[e] === ' ' || source[e] === '\t' || source[e] === ';')) e++;
  if (source[e] === '\r') e++;
  if (source[e] === '\n') e++;
  const before = source.slice(0, s);
  const blankBefore = s === 0 || /\n[ \t]*\r?\n$/.test(before) || /^\s*$/.test(before) || /\{[ \t]*\r?\n$/.test(before);
  const blankAfter = /^[ \t]*\r?\n/.exec(source.slice(e));
  if (blankAfter && blankBefore) e += blankAfter[0].length;
  if (/^\s*$/.test(source.slice(e))) {
    // Removing the last statement: take the blank lines before it too.
    e = source.length;
    const before = /\n(\s*\n)+$/.exec(source.slice(0, s));
    if (before) s -= before[0].length - 1;
  }
  return { start: s, end: e, text: '' };
}

export interface SourceStyle {
  semicolons: boolean;
  quote: "'" | '"';
  eol: '\n' | '\r\n';
}

/** Gives generated text the file's line endings. */
export function withEol(text: string, style: SourceStyle): string {
  return style.eol === '\n' ? text : text.replace(/\r?\n/g, style.eol);
}

/** The file's own habits, so generated statements look like their neighbours. */
export function detectStyle(source: string): SourceStyle {
  // Imports show the quote habit best; JSX attributes are double-quoted whatever the habit is.
  const fromQuote = /^\s*(?:import|export)\b[^\n]*?\bfrom\s+(['"])/m.exec(source)?.[1];
  const directiveQuote = /^\s*(['"])use (?:client|server)\1/m.exec(source)?.[1];
  const quote = (fromQuote ?? directiveQuote ?? "'") as "'" | '"';
  return { semicolons: usesSemicolons(source), quote, eol: source.includes('\r\n') ? '\r\n' : '\n' };
}

/** Whether statements end with `;`: read from the statements themselves, not from lines. */
function usesSemicolons(source: string): boolean {
  let ast;
  try {
    ast = parse(source, { sourceType: 'module', errorRecovery: true, plugins: ['typescript', 'jsx'] });
  } catch {
    return /;\s*$/m.test(source);
  }
  let withSemi = 0;
  let total = 0;
  const visit = (node: { type: string; end?: number | null; body?: unknown }) => {
    if (/^(ExpressionStatement|VariableDeclaration|ReturnStatement|ImportDeclaration|ThrowStatement|TSTypeAliasDeclaration)$/.test(node.type) && node.end) {
      total++;
      if (source[node.end - 1] === ';') withSemi++;
    }
    const children = node.type === 'BlockStatement' || node.type === 'Program' ? (node.body as { type: string }[]) : [];
    for (const child of children) visit(child);
    for (const key of ['declaration', 'body', 'consequent', 'alternate', 'block']) {
      const value = (node as Record<string, unknown>)[key];
      if (value && typeof value === 'object' && !Array.isArray(value) && 'type' in value && key !== 'body') visit(value as { type: string });
      if (key === 'body' && value && typeof value === 'object' && !Array.isArray(value) && 'type' in value) visit(value as { type: string });
    }
  };
  visit(ast.program as never);
  return total > 0 && withSemi * 2 >= total;
}

export function importStatement(names: readonly string[], from: string, style: SourceStyle, defaultName?: string): string {
  const parts = [defaultName, names.length ? `{ ${names.join(', ')} }` : undefined].filter(Boolean).join(', ');
  return `import ${parts} from ${style.quote}${from}${style.quote}${style.semicolons ? ';' : ''}`;
}
