import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fdir } from 'fdir';
import { ALWAYS_IGNORED_DIRS, workspaceRootOf } from './discover.ts';

/** A Markdown file of the app or of the repository around it; `file` is relative to the app root. */
export interface DocFile {
  file: string;
  text: string;
}

const MARKDOWN = /\.mdx?$/i;
/**
 * Histories and legal text name paths without documenting an API, and so do a team's own
 * plans, specs and decision records: they describe work on the app, not an interface others use.
 */
const NOT_DOCS = /(^|\/)((CHANGELOG|CHANGES|HISTORY|LICENSE|CODE_OF_CONDUCT)[^/]*|(plans?|specs?|superpowers|adrs?|rfcs?|decisions|internal)\/.*)$/i;

async function markdownUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const files = await new fdir()
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name) => ALWAYS_IGNORED_DIRS.has(name))
    .filter((file) => MARKDOWN.test(file) && !NOT_DOCS.test(file))
    .crawl(dir)
    .withPromise();
  return files.sort();
}

/**
 * The Markdown under the app root, and, when the app is a package of a monorepo, the
 * monorepo's own top-level Markdown and its docs/ folder: where a project documents the API
 * that outside programs call.
 */
export async function readDocs(root: string): Promise<DocFile[]> {
  const found = new Map<string, string>();
  for (const file of await markdownUnder(root)) found.set(path.join(root, file), file);
  const workspace = workspaceRootOf(root);
  if (workspace) {
    const top = (await markdownUnder(workspace.dir)).filter((f) => !f.includes('/') || f.startsWith('docs/'));
    for (const file of top) found.set(path.join(workspace.dir, file), path.relative(root, path.join(workspace.dir, file)).split(path.sep).join('/'));
  }
  return [...found].map(([absolute, file]) => ({ file, text: readFileSync(absolute, 'utf8') }));
}

/** Code fences whose lines are the app's own source, not a request someone sends. */
const SOURCE_FENCE = /^(js|jsx|ts|tsx|javascript|typescript|mjs|cjs|diff|prisma|sql|css|scss|py|python|go|rust|json|jsonc|yaml|yml|toml)\b/i;
const METHOD_BEFORE = /\b(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b(?:\W+\w{1,8}){0,3}\W*(?:https?:\/\/\S*|localhost:\d+)?$/;

/** The method a heading or line just above names for the same path (`#### GET /api/x`, then its full URL). */
function methodAbove(lines: readonly string[], at: number, path: RegExp): string | undefined {
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    for (const match of lines[i]!.matchAll(path)) {
      const named = METHOD_BEFORE.exec(lines[i]!.slice(0, match.index))?.[1];
      if (named) return named;
    }
  }
  return undefined;
}

/**
 * Where the docs document `method url` for other programs: a line that names the method just
 * before the path (`POST /api/x`, `#### **POST** \`/api/x\``), a curl command, or the path on an
 * absolute URL. Prose that only mentions a path, and the app's own code quoted in a fence, are
 * not that.
 */
export function documentedAt(url: string, method: string, docs: readonly DocFile[]): { file: string; line: number; text: string } | undefined {
  if (!docs.length) return undefined;
  const pattern = url
    .split('/')
    .map((segment) => (/^\[\[?\.\.\./.test(segment) ? '\\S*' : segment.startsWith('[') ? '[^\\s/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  // Alone, in quotes or code, or after a host (`localhost:3000/api/x`, `example.com/api/x`); not inside a longer path.
  const regex = new RegExp(`(?<=^|[\\s\`'"(\\[=]|:\\d{1,5}|\\.[a-z]{2,10})${pattern}(?![\\w/-])`, 'g');
  for (const doc of docs) {
    let fence: string | undefined;
    const lines = doc.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const opens = /^\s*(```|~~~)\s*(\S*)/.exec(line);
      if (opens) {
        fence = fence === undefined ? opens[2] ?? '' : undefined;
        continue;
      }
      if (fence !== undefined && SOURCE_FENCE.test(fence)) continue;
      for (const match of line.matchAll(regex)) {
        const before = line.slice(0, match.index);
        const named = METHOD_BEFORE.exec(before)?.[1] ?? methodAbove(lines, i, regex);
        const absolute = /https?:\/\/\S*$|localhost:\d+$/.test(before);
        if ((named ?? method) !== method) continue;
        if (named || absolute || /\bcurl\b/.test(line)) return { file: doc.file, line: i + 1, text: line.trim().slice(0, 120) };
      }
    }
  }
  return undefined;
}
