import type { CallerVia, PassThrough } from '../types.ts';
import type { Signal } from './signals.ts';

/** An HTTP request written in the code. `urlText` has `{}` for dynamic parts; null when unreadable. */
export interface HttpCall {
  line: number;
  /** `client`: `this.post('/api/x')` on an object this tool does not know as fetch or axios (an API client class). */
  kind: 'fetch' | 'axios' | 'form' | 'wrapper' | 'client';
  method: string | null;
  urlText: string | null;
  via?: CallerVia;
  /** Local name of an imported object that may be an axios instance, resolved across files later. */
  axiosInstance?: string;
  /** A call through a wrapper that passes the request and the response through (see WrapperFact.passThrough). */
  passThrough?: PassThrough;
  /** Where a URL built on a dynamic origin gets it: the browser's location, or a public or a server-only environment variable. */
  origin?: 'location' | 'public-env' | 'server-env';
}

/** A string in the code that reads as a path, outside any request this file makes: an opaque call may use it. */
export interface UrlMention {
  text: string;
  line: number;
  /** The exported constant it initialises, when it does. */
  exportedAs?: string;
  /** It is assigned to a name that holds other values too, so a call of the same text does not account for it. */
  varies?: true;
}

export interface ImportFact {
  source: string;
  line: number;
  kind: 'import' | 'reexport';
  /** `imported` is '*' for a namespace import or `export *`. */
  names: { imported: string; local: string }[];
}

export interface ActionFact {
  name: string;
  line: number;
  form: 'module' | 'inline';
  exported: boolean;
  external?: { line: number; path?: string };
  signals: Signal[];
}

/** A use of a name that may be an action: `<form action={x}>`, `useActionState(x)`, `x(…)`. */
export interface BindingUse {
  name: string;
  line: number;
  kind: 'form-action' | 'call';
}

export interface FileFacts {
  file: string;
  directive: 'use server' | 'use client' | null;
  calls: HttpCall[];
  imports: ImportFact[];
  actions: ActionFact[];
  uses: BindingUse[];
  /**
   * Exported name → baseURL text, for exported `const api = axios.create({ baseURL })`:
   * calls through an instance imported from here are followed to it. Other exports are not
   * kept; they were two fifths of the cache and nothing read them.
   */
  axiosExports: Record<string, string>;
  /** Exported constants that read as URLs: name → URL text. */
  urlConstants: Record<string, string>;
  wrappers: WrapperFact[];
  invocations: Invocation[];
  mentions: UrlMention[];
}

export interface FetchWrapper {
  name: string;
  method?: string;
}

/**
 * A function that passes its own parameter to fetch or axios as the URL: `fetchClient(input, init)`,
 * `apiPost(path, body)`. Found without configuration; its call sites are the callers.
 */
export interface WrapperFact {
  /** The function's name in its module. */
  name: string;
  /** The names other modules import it by. */
  exported: string[];
  line: number;
  /** Which parameter is the URL, and the URL text written before it ('' when it is the whole URL). */
  urlParam: number;
  prefix: string;
  /** The method when the wrapper fixes it. */
  method: string | null;
  /** Otherwise: the parameter holding the method, or the fetch init whose `method` the call site sets (GET when absent). */
  methodParam?: number;
  initParam?: number;
  /**
   * Set when the wrapper is fetch with a few headers added: it returns `fetch(url, { ...init,
   * headers })` as it is, so its callers read the response they would read from fetch.
   */
  passThrough?: { headers: string[] };
}

/** A call of a function that may be a wrapper, with what its arguments read as. */
export interface Invocation {
  callee: string;
  line: number;
  /** Each argument as URL text (`{}` for dynamic parts), null when unreadable. */
  args: (string | null)[];
  /** Each argument read as a fetch init: its method, GET when it names none, null when unreadable. */
  inits: (string | null)[];
  via?: CallerVia;
}
