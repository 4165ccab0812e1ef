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
  const blankBefore = s === 0 || /\n[ \t]*\n$/.test(source.slice(Math.max(0, s - 3), s)) || /^\s*$/.test(source.slice(0, s));
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
}

/** The file's own habits, so generated statements look like their neighbours. */
export function detectStyle(source: string): SourceStyle {
  const lines = source.split('\n').filter((l) => /\S/.test(l) && !/^\s*(\/\/|\*|\/\*)/.test(l));
  const withSemi = lines.filter((l) => /;\s*$/.test(l)).length;
  // Imports show the habit best; JSX attributes are double-quoted whatever the habit is.
  const fromQuote = /^\s*(?:import|export)\b[^\n]*?\bfrom\s+(['"])/m.exec(source)?.[1];
  const directiveQuote = /^\s*(['"])use (?:client|server)\1/m.exec(source)?.[1];
  const quote = (fromQuote ?? directiveQuote ?? "'") as "'" | '"';
  return { semicolons: withSemi * 3 > lines.length, quote };
}

export function importStatement(names: readonly string[], from: string, style: SourceStyle, defaultName?: string): string {
  const parts = [defaultName, names.length ? `{ ${names.join(', ')} }` : undefined].filter(Boolean).join(', ');
  return `import ${parts} from ${style.quote}${from}${style.quote}${style.semicolons ? ';' : ''}`;
}
