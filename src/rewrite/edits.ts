import babel from '../scan/babel.cjs';
import type { Node } from '@babel/types';
import { walk } from '../scan/ast.ts';

/**
 * Text edits on the original source. Transforms find nodes in a bare Babel AST and change
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

/** Takes one specifier out of `{ a, b, c }` with the comma and space that go with it. */
export function specifierRemoval(specifiers: readonly { start?: number | null; end?: number | null }[], at: number): TextEdit {
  const next = specifiers[at + 1];
  return next ? { start: specifiers[at]!.start!, end: next.start!, text: '' } : { start: specifiers[at - 1]!.end!, end: specifiers[at]!.end!, text: '' };
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
  /** One level of indentation: a tab, or the fewest spaces an indented line starts with. */
  indent: string;
}

function indentUnit(source: string): string {
  let fewest = Infinity;
  // Doc-comment lines (` * …`) sit one space in whatever the habit is.
  for (const m of source.slice(0, 20_000).matchAll(/^([ \t]+)[^\s*]/gm)) {
    if (m[1]!.startsWith('\t')) return '\t';
    fewest = Math.min(fewest, m[1]!.length);
    if (fewest <= 2) return '  '; // fewer can only mean the same two spaces
  }
  return fewest >= 2 && fewest <= 8 ? ' '.repeat(fewest) : '  ';
}

/** Gives generated text the file's line endings. */
export function withEol(text: string, style: SourceStyle): string {
  return style.eol === '\n' ? text : text.replace(/\r?\n/g, style.eol);
}

/** The file's own habits, so generated statements look like their neighbours. */
export function detectStyle(source: string, program?: { body: unknown[] }): SourceStyle {
  // Imports show the quote habit best; JSX attributes are double-quoted whatever the habit is.
  const fromQuote = /^\s*(?:import|export)\b[^\n]*?\bfrom\s+(['"])/m.exec(source)?.[1];
  const directiveQuote = /^\s*(['"])use (?:client|server)\1/m.exec(source)?.[1];
  const quote = (fromQuote ?? directiveQuote ?? "'") as "'" | '"';
  return { semicolons: usesSemicolons(source, program), quote, eol: source.includes('\r\n') ? '\r\n' : '\n', indent: indentUnit(source) };
}

/** Whether statements end with `;`: read from the first statements themselves, not from lines. */
function usesSemicolons(source: string, program?: { body: unknown[] }): boolean {
  let body = program?.body;
  if (!body) {
    try {
      body = babel.parse(source, { sourceType: 'module', errorRecovery: true, plugins: ['typescript', 'jsx'] }).program.body;
    } catch {
      return /;\s*$/m.test(source);
    }
  }
  let withSemi = 0;
  let total = 0;
  const count = (node: Node) => {
    if (!STATEMENTS_ENDING_IN_SEMICOLON.has(node.type) || !node.end) return;
    total++;
    if (source[node.end - 1] === ';') withSemi++;
  };
  for (const statement of body as Node[]) {
    // A habit shows in the first statements (an import added goes among the first ones).
    if (total >= HABIT_SAMPLE) break;
    // Statements live in value code, so the walk leaves types out (most of a typed file's
    // nodes); a top-level type alias, exported or not, is counted where it stands.
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'TSTypeAliasDeclaration') count(declaration);
    walk(statement, (node) => {
      if (total >= HABIT_SAMPLE) return false;
      count(node);
      // Statements sit in blocks, not in expressions (JSX trees above all): those are skipped,
      // except a function's body.
      if (/Expression$|^JSX/.test(node.type) && node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression') return false;
    });
  }
  return total > 0 && withSemi * 2 >= total;
}

const HABIT_SAMPLE = 20;
const STATEMENTS_ENDING_IN_SEMICOLON = new Set(['ExpressionStatement', 'VariableDeclaration', 'ReturnStatement', 'ImportDeclaration', 'ThrowStatement', 'TSTypeAliasDeclaration']);

export function importStatement(names: readonly string[], from: string, style: SourceStyle, defaultName?: string): string {
  const parts = [defaultName, names.length ? `{ ${names.join(', ')} }` : undefined].filter(Boolean).join(', ');
  return `import ${parts} from ${style.quote}${from}${style.quote}${style.semicolons ? ';' : ''}`;
}
