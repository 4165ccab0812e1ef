// Starts `next start` for a built app on a free port of 127.0.0.1, in its own process group,
// and stops the whole group again. Every wait here is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { NEXT_BIN } from '../helpers/next.ts';

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const LOG_LIMIT = 20_000;

export interface RunningApp {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Stops the server's process group (SIGTERM, then SIGKILL after a bounded wait). Idempotent. */
  stop: () => Promise<void>;
  /** The last part of the server's stdout and stderr, for failure messages. */
  logs: () => string;
}

/** Servers started by this process and not stopped yet; killed on exit as a last resort. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

/** A port that was free on 127.0.0.1 a moment ago: listen on port 0, read it, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`unexpected server address ${String(address)}`));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/**
 * `next start -H 127.0.0.1 -p <free port>` in `dir` (already built), with a fresh DATA_FILE in a
 * temp folder so every server starts from data/seed.json. Resolves once `GET /` answers.
 */
export async function startApp(dir: string): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'route-actions-e2e-data-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATA_FILE: path.join(dataDir, 'db.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);

  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-LOG_LIMIT);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      killGroup(child, 'SIGTERM');
      if (!(await exited(child, STOP_GRACE_MS))) {
        killGroup(child, 'SIGKILL');
        await exited(child, STOP_GRACE_MS);
      }
      // Children of the group may outlive the leader; make sure nothing is left.
      killGroup(child, 'SIGKILL');
      live.delete(child);
      rmSync(dataDir, { recursive: true, force: true });
    })());
  const app: RunningApp = { url, stop, logs: () => log };

  try {
    await waitUntilReady(app, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return app;
}

async function waitUntilReady(app: RunningApp, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${app.logs()}`);
    }
    try {
      const res = await fetch(`${app.url}/`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `GET / answered ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start not ready after ${READY_TIMEOUT_MS} ms (${last}):\n${app.logs()}`);
}
