/** Where Next looks for the app router, relative to the app root. */
export const APP_DIRS = ['app', 'src/app'] as const;

const ROUTE_FILE = /^route\.(ts|tsx|js|jsx|mjs)$/;

/**
 * The URL Next serves a route handler at, or undefined when the file is not a routed
 * route handler: `(group)` and `@slot` folders drop out, `_private` folders are not routed.
 */
export function routeUrlOf(file: string, basePath = ''): string | undefined {
  const appDir = APP_DIRS.find((dir) => file.startsWith(`${dir}/`));
  if (!appDir) return undefined;
  const parts = file.slice(appDir.length + 1).split('/');
  const name = parts.pop()!;
  if (!ROUTE_FILE.test(name)) return undefined;
  const segments: string[] = [];
  for (const raw of parts) {
    if (raw.startsWith('_')) return undefined;
    const folder = raw.replace(/%5F/gi, '_');
    if (/^\(.*\)$/.test(folder) || folder.startsWith('@')) continue;
    segments.push(folder);
  }
  return `${basePath}/${segments.join('/')}`.replace(/\/$/, '') || '/';
}
