const VERBS = new Set([
  'add', 'apply', 'approve', 'archive', 'cancel', 'checkout', 'confirm', 'create', 'delete', 'duplicate', 'export', 'follow',
  'import', 'invite', 'join', 'leave', 'like', 'login', 'logout', 'pin', 'publish', 'register', 'reject', 'remove', 'report',
  'reset', 'restore', 'save', 'send', 'share', 'sign', 'signin', 'signout', 'signup', 'star', 'submit', 'subscribe', 'sync',
  'toggle', 'track', 'unfollow', 'unlike', 'unpin', 'unpublish', 'unsubscribe', 'update', 'upload', 'verify', 'vote',
]);

function words(segment: string): string[] {
  return segment.split(/[-_.\s]+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean).map((w) => w.toLowerCase());
}

function pascal(segment: string): string {
  return words(segment).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function camel(segment: string): string {
  const p = pascal(segment);
  return p ? p[0]!.toLowerCase() + p.slice(1) : p;
}

export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ch|sh|x|ss)es$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

function isPlural(word: string): boolean {
  return /s$/.test(word) && !/(ss|us|is)$/.test(word);
}

function staticSegments(url: string, basePath: string): { segments: string[]; endsDynamic: boolean } {
  const all = url.slice(basePath.length).split('/').filter(Boolean);
  const rest = all[0] === 'api' ? all.slice(1) : all;
  return { segments: rest.filter((s) => !s.startsWith('[')), endsDynamic: !!rest.length && rest[rest.length - 1]!.startsWith('[') };
}

/** `/api/posts` → createPost, `/api/posts/[id]/like` → likePost, `/api/subscribe` → subscribe, `/api/profile` → saveProfile. */
export function actionNameFor(url: string, basePath: string): string {
  const { segments, endsDynamic } = staticSegments(url, basePath);
  const last = segments[segments.length - 1];
  if (!last) return 'submit';
  const resource = segments.length > 1 ? pascal(singular(segments[segments.length - 2]!)) : '';
  const [first = '', ...restWords] = words(last);
  if (endsDynamic) return `update${pascal(singular(last))}`;
  if (VERBS.has(first)) return restWords.length ? camel(last) : `${first}${resource}`;
  if (isPlural(last)) return `create${pascal(singular(last))}`;
  return `save${pascal(last)}`;
}

/** Routes under the same first segment share a module: `/api/posts/**` → `posts`. */
export function moduleGroupFor(url: string, basePath: string): string {
  const { segments } = staticSegments(url, basePath);
  return words(segments[0] ?? 'api').join('-') || 'api';
}
