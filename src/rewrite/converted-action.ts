import type { SourceStyle } from './edits.ts';

export interface RouteParam {
  name: string;
  kind: 'dynamic' | 'catch-all' | 'optional-catch-all';
}

export interface RouteConversionRequest {
  file: string;
  source: string;
  method: string;
  /** The name wanted; a suffix is added when the moved code or `reservedNames` already use it. */
  actionName: string;
  reservedNames?: readonly string[];
  params: RouteParam[];
  /** next.config's `serverActions.bodySizeLimit`, when the app sets one. */
  bodySizeLimit?: { bytes: number; written: string };
}

/** An import the moved code needs; relative sources are re-pointed when the code moves. */
export interface ImportNeed {
  source: string;
  defaultName?: string;
  namespaceName?: string;
  /** Specifier texts, e.g. `a` or `a as b`. */
  named: string[];
  typeOnly: boolean;
}

export interface ConvertedAction {
  name: string;
  /** What the action takes, in order. */
  inputs: ('params' | 'json' | 'form-data' | 'query')[];
  /** The route answered only with redirects (what a plain HTML form needs). */
  onlyRedirects: boolean;
  /** The action returns `{ ok, status, data }`. */
  returnsResult: boolean;
  /** Some responses are built at run time and read by the generated `routeResult` helper. */
  readsResponses: boolean;
  /** What a reviewer should know: route settings that don't carry over, responses read at run time. */
  notes: string[];
  /** `export async function …` text. */
  functionText: string;
  imports: ImportNeed[];
  /** Top-level declarations the handler needs, moved with it. */
  declarations: string[];
  /** Names the moved code declares at the top level, so new action names avoid them. */
  topLevelNames: string[];
  /** The route file's habits (quotes, semicolons, line ends), which its action module keeps. */
  style: SourceStyle;
  /** The handler read `request.headers` or `request.cookies`, which the action reads with next/headers: only within a request. */
  readsRequestScope?: true;
  /** A response may carry a statusText of its own: one is written in the route file, or a response comes from a helper. */
  setsStatusText?: true;
  /** The module the handler's code was read from, when the route re-exported it: its imports are relative to that file. */
  copiedFrom?: string;
}

export type RouteConversion =
  | { ok: true; routeSource: string | null; action: ConvertedAction }
  | { ok: false; reason: string; line: number };
