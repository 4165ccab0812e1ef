import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { ScanCache } from './scan-cache.ts';
import { scanOne, type ScanContext, type ScanJob, type ScanResult } from './scan-one.ts';

/** Below this many bytes to parse, starting workers costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 3_000_000;
/**
 * On the 2-core machines measured here two workers parsed no faster than one thread: each
 * took as long for half of 3,100 files (853 and 870 ms) as one worker for all of them
 * (844 ms), though a spin loop scales to two. Each worker warms Babel's JIT anew and both
 * allocate hard. So workers start on their own only from 4 cores; `--workers N` forces them.
 */
const MIN_CORES_FOR_WORKERS = 4;
const BATCH_BYTES = 400_000;

export interface PoolOptions {
  /** Worker threads; undefined picks by size of the work and the cores, 0 scans in this thread. */
  workers?: number;
  cache?: ScanCache;
}

function batches(jobs: ScanJob[]): ScanJob[][] {
  const out: ScanJob[][] = [];
  let current: ScanJob[] = [];
  let bytes = 0;
  for (const job of jobs) {
    current.push(job);
    bytes += job.source.length;
    if (bytes >= BATCH_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** Runs the batches on `count` workers; each takes the next batch when it is free. */
async function runOnWorkers(jobs: ScanJob[], ctx: ScanContext, count: number): Promise<ScanResult[]> {
  const { workerUrl } = await import('./worker-url.ts');
  const queue = batches(jobs).map((batch, index) => ({ batch, index }));
  const results: ScanResult[][] = [];
  const workers = Array.from({ length: count }, () => new Worker(workerUrl(), { workerData: ctx }));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { batch, index } = next;
          results[index] = await new Promise<ScanResult[]>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.postMessage(batch);
          });
          worker.removeAllListeners('error');
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}

/** Scans every job: from the cache where it can, then on workers when the rest is big enough. */
export async function scanJobs(jobs: ScanJob[], ctx: ScanContext, options: PoolOptions): Promise<ScanResult[]> {
  const results: ScanResult[] = new Array(jobs.length);
  const misses: { job: ScanJob; index: number; hash?: string }[] = [];
  jobs.forEach((job, index) => {
    const hash = options.cache ? ScanCache.hash(job) : undefined;
    const hit = hash ? options.cache!.get(hash) : undefined;
    if (hit) results[index] = hit;
    else misses.push({ job, index, hash });
  });
  const bytes = misses.reduce((n, m) => n + m.job.source.length, 0);
  const cores = os.availableParallelism();
  const auto = bytes >= WORKER_THRESHOLD_BYTES && cores >= MIN_CORES_FOR_WORKERS ? Math.min(cores, Math.ceil(bytes / BATCH_BYTES)) : 0;
  const count = Math.min(options.workers ?? auto, Math.ceil(bytes / BATCH_BYTES) || 0);
  const scanned = count > 0 ? await runOnWorkers(misses.map((m) => m.job), ctx, count) : misses.map((m) => scanOne(m.job, ctx));
  misses.forEach((m, i) => {
    results[m.index] = scanned[i]!;
    if (m.hash) options.cache!.set(m.hash, scanned[i]!);
  });
  return results;
}
