import type { Caller } from '../types.ts';
import type { UnitProblem } from './types.ts';

/** Headers that say how the body is written: an action call sends its own. */
const BODY_HEADERS = new Set(['content-type', 'accept']);

/**
 * A call through a pass-through wrapper loses the headers the wrapper adds once it becomes an
 * action call. That is safe only where nothing reads them: any mention of the header's name in
 * a string besides the one where the wrapper adds it (in the handler, a helper, a proxy, a
 * shared constant) may be a read, so the caller is declined, naming that file. `exempted` are proxy files whose check of the header lets action
 * calls through.
 */
export function wrapperHeaderProblems(callers: readonly Caller[], fileList: readonly string[], read: (file: string) => string, exempted: ReadonlySet<string>): UnitProblem[] {
  const problems: UnitProblem[] = [];
  for (const caller of callers) {
    const through = caller.passThrough;
    if (!through) continue;
    for (const header of through.headers.filter((h) => !BODY_HEADERS.has(h))) {
      const quoted = new RegExp(`(['"\`])${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'i');
      // The wrapper's file names the header where it adds it (a quoted key); any other mention may be a reader (a shared constant).
      const addedAsKey = new RegExp(`${quoted.source}\\s*:`, 'i');
      const mentions = (f: string) => (read(f).match(new RegExp(quoted.source, 'gi')) ?? []).length - (f === through.file && addedAsKey.test(read(f)) ? 1 : 0);
      const reader = fileList.find((f) => !exempted.has(f) && /\.[cm]?[jt]sx?$/.test(f) && quoted.test(read(f)) && mentions(f) > 0);
      if (reader) {
        problems.push({ file: caller.file, line: caller.line, reason: `caller not rewritten with certainty: ${through.callee} (${through.file}:${through.line}) adds the ${header} header, which ${reader} reads; an action call does not send it` });
      }
    }
  }
  return problems;
}
