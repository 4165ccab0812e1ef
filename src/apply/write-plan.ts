import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FileChange, MigrationPlan } from '../plan/types.ts';
import { parseSource } from '../scan/parse-source.ts';

export interface WriteOutcome {
  written: string[];
  removed: string[];
  /** Units that were not written, with the reason; their files are untouched. */
  failed: { unit: string; reason: string }[];
}

/** Writes `text` to a temp file beside `target`, then renames it over: a reader sees the old file or the new one, never half. */
function writeAtomic(target: string, text: string, mustNotExist: boolean): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.route-actions-${process.pid}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (mustNotExist && existsSync(target)) {
    unlinkSync(temp);
    throw new Error(`${target} appeared while writing; not overwritten`);
  }
  renameSync(temp, target);
}

/** For the jscodeshift transforms: writes a whole file atomically, making its folder first. */
export function writeFileAtomically(target: string, text: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  writeAtomic(target, text, false);
}

/** Removes a file the plan deletes, and the folders it leaves empty up to `root`. */
export function removePlannedFile(target: string, root: string): void {
  unlinkSync(target);
  removeEmptyDirs(path.dirname(target), root);
}

function removeEmptyDirs(dir: string, stopAt: string): void {
  let current = dir;
  while (current.startsWith(stopAt + path.sep) && existsSync(current) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = path.dirname(current);
  }
}

/** Checks that every file still holds what the plan read, so nothing the plan did not see is overwritten. */
function staleFile(root: string, change: FileChange): string | undefined {
  const target = path.join(root, change.file);
  if (change.before === null) return existsSync(target) ? `${change.file} exists now; it is never overwritten` : undefined;
  if (!existsSync(target)) return `${change.file} is gone since the plan was made`;
  return readFileSync(target, 'utf8') === change.before ? undefined : `${change.file} changed since the plan was made`;
}

function nearestExisting(dir: string): string {
  let current = dir;
  while (!existsSync(current)) current = path.dirname(current);
  return current;
}

/** Why a change can't be written, found before anything of its unit is written. */
function unwritable(root: string, change: FileChange): string | undefined {
  const target = path.join(root, change.file);
  try {
    accessSync(nearestExisting(path.dirname(target)), constants.W_OK);
    if (change.before !== null) accessSync(target, constants.W_OK);
  } catch (err) {
    return `${change.file} cannot be written: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
  if (change.after !== null) {
    const parsed = parseSource(change.file, change.after);
    if ('error' in parsed) return `${change.file} would not parse (${parsed.error.line}:${parsed.error.column}: ${parsed.error.message})`;
  }
  return undefined;
}

export interface WriteOptions {
  /** Checked between files: once aborted, no further file is started. */
  signal?: AbortSignal;
  /** Told about each file as soon as it is in place. */
  onFile?: (what: 'wrote' | 'removed', file: string) => void;
}

/**
 * Applies a plan unit by unit. Each file is written to a temp file and renamed over, so an
 * interrupt leaves it old or new, never half-written. A unit whose files changed on disk
 * since planning, can't be written, or don't parse, is skipped whole; other units still apply.
 */
export async function writePlan(root: string, plan: MigrationPlan, options: WriteOptions = {}): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: [], removed: [], failed: [] };
  const appliedChanges = new Set<FileChange>();
  for (const unit of plan.units.filter((u) => u.status === 'planned')) {
    if (options.signal?.aborted) {
      outcome.failed.push({ unit: unit.id, reason: 'interrupted before this unit was written' });
      continue;
    }
    const changes = plan.changes.filter((c) => c.units.includes(unit.id) && !appliedChanges.has(c));
    const blocked = changes.map((c) => staleFile(root, c) ?? unwritable(root, c)).find(Boolean);
    if (blocked) {
      outcome.failed.push({ unit: unit.id, reason: blocked });
      continue;
    }
    try {
      for (const change of changes) {
        const target = path.join(root, change.file);
        if (change.after === null) {
          unlinkSync(target);
          removeEmptyDirs(path.dirname(target), root);
          outcome.removed.push(change.file);
          options.onFile?.('removed', change.file);
        } else {
          if (change.before === null) {
            const dir = path.dirname(target);
            if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
          }
          writeAtomic(target, change.after, change.before === null);
          outcome.written.push(change.file);
          options.onFile?.('wrote', change.file);
        }
        appliedChanges.add(change);
        // Let a pending SIGINT run its handler between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (err) {
      outcome.failed.push({ unit: unit.id, reason: (err as Error).message });
    }
  }
  return outcome;
}
