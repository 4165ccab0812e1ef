import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanJob, ScanResult } from './scan-one.ts';

const FORMAT = 11;

interface CacheFile {
  format: number;
  /** The tool version, a digest of the scanner's code, and everything outside the file that changes its scan (config, hosts). */
  key: string;
  entries: Record<string, ScanResult>;
}

/**
 * Per-file scan results keyed by a hash of the path, the kinds asked for and the content,
 * under node_modules/.cache/route-actions/. A cache that is unreadable, corrupt, or from
 * another version, scanner build or config is ignored, never trusted.
 */
export class ScanCache {
  private readonly used: Record<string, ScanResult> = {};
  private readonly entries: Record<string, ScanResult>;
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    entries: Record<string, ScanResult>,
  ) {
    this.entries = entries;
  }

  static open(root: string, key: string): ScanCache {
    const file = path.join(root, 'node_modules', '.cache', 'route-actions', 'scan.json');
    let entries: Record<string, ScanResult> = {};
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed.format === FORMAT && parsed.key === key && parsed.entries && typeof parsed.entries === 'object') entries = parsed.entries;
    } catch {
      // missing or corrupt: start empty
    }
    return new ScanCache(file, key, entries);
  }

  static hash(job: ScanJob): string {
    return createHash('sha1').update(job.file).update('\0').update(job.kinds.join(',')).update('\0').update(job.source).digest('base64url');
  }

  get(hash: string): ScanResult | undefined {
    const hit = this.entries[hash];
    if (hit) this.used[hash] = hit;
    return hit;
  }

  set(hash: string, result: ScanResult): void {
    this.used[hash] = result;
    this.dirty = true;
  }

  /** Keeps only what this run used, so the cache tracks the app and doesn't grow without bound. */
  save(): void {
    if (!this.dirty && Object.keys(this.used).length === Object.keys(this.entries).length) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ format: FORMAT, key: this.key, entries: this.used } satisfies CacheFile));
      renameSync(temp, this.file);
    } catch {
      // a read-only checkout still audits; it just isn't cached
    }
  }
}
