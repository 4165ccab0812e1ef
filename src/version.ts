import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** The package version, read once from package.json (two levels up from src/ and from dist/src/). */
function packageVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'route-actions' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

/**
 * A digest of the scanner's own code (the scan/ folder beside this module): the scan cache is
 * keyed by it, so facts written by other scanner code (a development build, a patched install)
 * are never read back. Read when a scan opens its cache, not at start-up.
 */
export function scannerDigest(): string {
  const dir = new URL('./scan/', import.meta.url);
  const hash = createHash('sha1');
  try {
    for (const name of readdirSync(dir).filter((n) => /\.(ts|js|cjs)$/.test(n)).sort()) hash.update(name).update('\0').update(readFileSync(new URL(name, dir)));
  } catch {
    return 'unread';
  }
  return hash.digest('base64url');
}

export const VERSION = packageVersion();
