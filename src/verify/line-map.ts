import { diffLines } from 'diff';

/**
 * The line of `before` that a line of `after` comes from, so a declined unit points at the code
 * as it is on disk. A line the plan rewrote maps to the start of the code it replaced, and a
 * line it inserted to the line it was inserted before.
 */
export function originalLine(before: string, after: string, afterLine: number): number {
  let beforeAt = 1;
  let afterAt = 1;
  let replaced: { start: number; count: number } | undefined;
  for (const part of diffLines(before, after)) {
    const count = part.count ?? 0;
    if (part.removed) {
      replaced = { start: beforeAt, count };
      beforeAt += count;
      continue;
    }
    if (part.added) {
      if (afterLine < afterAt + count) {
        return replaced ? replaced.start + Math.min(afterLine - afterAt, replaced.count - 1) : beforeAt;
      }
      afterAt += count;
      replaced = undefined;
      continue;
    }
    replaced = undefined;
    if (afterLine < afterAt + count) return beforeAt + (afterLine - afterAt);
    beforeAt += count;
    afterAt += count;
  }
  return Math.max(1, beforeAt - 1);
}
