import type { Caller } from '../types.ts';
import type { UnitProblem } from './types.ts';

/** Headers that say how the body is written: an action call sends its own. */
const BODY_HEADERS = new Set(['content-type', 'accept']);

/**
 * A call through a pass-through wrapper loses the headers the wrapper adds once it becomes an
 * action call. That is safe only where nothing reads them: any mention of the header's name in
 * a string besides the one where the wrapper adds it (in the handler, a helper, a proxy, a
 * shared constant) may be a read. `exempted` are proxy files whose check of the header lets
 * action calls through. The files are searched once per header and wrapper, for every unit.
 */
export function headerReaders(fileList: readonly string[], read: (file: string) => string, exempted: ReadonlySet<string>): (header: string, wrapperFile: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  return (header, wrapperFile) => {
    const key = `${header}\0${wrapperFile}`;
    if (!found.has(key)) {
      const quoted = `(['"\`])${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`;
      // The wrapper's file names the header where it adds it (a quoted key); any other mention may be a reader (a shared constant).
      const addedAsKey = new RegExp(`${quoted}\\s*:`, 'i');
      const mentions = (f: string) => (read(f).match(new RegExp(quoted, 'gi')) ?? []).length - (f === wrapperFile && addedAsKey.test(read(f)) ? 1 : 0);
      found.set(key, fileList.find((f) => !exempted.has(f) && /\.[cm]?[jt]sx?$/.test(f) && mentions(f) > 0));
    }
    return found.get(key);
  };
}

/** Each caller through a pass-through wrapper that adds a header something in the app reads. */
export function wrapperHeaderProblems(callers: readonly Caller[], readerOf: (header: string, wrapperFile: string) => string | undefined): UnitProblem[] {
  return callers.flatMap((caller) => {
    const through = caller.passThrough;
    return (through?.headers ?? []).filter((h) => !BODY_HEADERS.has(h)).flatMap((header) => {
      const reader = readerOf(header, through!.file);
      return reader ? [{ file: caller.file, line: caller.line, reason: `caller not rewritten with certainty: ${through!.callee} (${through!.file}:${through!.line}) adds the ${header} header, which ${reader} reads; an action call does not send it` }] : [];
    });
  });
}
