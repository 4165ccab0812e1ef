import { createTwoFilesPatch } from 'diff';
import type { createColors } from 'picocolors';

export type Colors = ReturnType<typeof createColors>;
import type { FileChange } from '../plan/types.ts';

/** A git-style unified diff of one planned change; new and removed files show as such. */
export function unifiedDiff(change: FileChange, colors: Colors): string {
  const from = change.before === null ? '/dev/null' : `a/${change.file}`;
  const to = change.after === null ? '/dev/null' : `b/${change.file}`;
  const header = [`diff --git a/${change.file} b/${change.file}`];
  if (change.before === null) header.push('new file mode 100644');
  if (change.after === null) header.push('deleted file mode 100644');
  const patch = createTwoFilesPatch(from, to, change.before ?? '', change.after ?? '', undefined, undefined, { context: 3 });
  const body = patch.split('\n').filter((line) => !/^={3,}$/.test(line));
  const lines = [...header, ...body].filter((line, i, all) => !(i === all.length - 1 && line === ''));
  return lines
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('diff ') || /^(new|deleted) file/.test(line)) return colors.bold(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      if (line.startsWith('+')) return colors.green(line);
      if (line.startsWith('-')) return colors.red(line);
      return line;
    })
    .join('\n');
}
