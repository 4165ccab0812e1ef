import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Copies an app into a scratch folder inside the repo, so `next build` resolves `next`
 * from the repo's node_modules (Turbopack compiles nothing outside its root).
 */
export function copyApp(source: string, label: string): { dir: string; remove: () => void } {
  const scratch = path.join(REPO, '.route-actions-tmp');
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(path.join(scratch, `${label}-`));
  cpSync(source, dir, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|\.next|\.data)([/\\]|$)/.test(path.relative(source, src)),
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
