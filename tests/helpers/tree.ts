import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir` (relative, `/`) → its text; an empty folder is listed as `folder/`.
 * node_modules is left out: the audit's scan cache lives there, and it is not part of the app.
 */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (abs: string, rel: string) => {
    const entries = readdirSync(abs, { withFileTypes: true });
    if (!entries.length && rel) out[`${rel}/`] = '';
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue;
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(abs, entry.name), childRel);
      else out[childRel] = readFileSync(path.join(abs, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
