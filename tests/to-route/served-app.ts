// Builds a fixture app copy with `next build` and serves it with `next start` (through
// tests/e2e/server.ts: 127.0.0.1, a free port, its own process group, bounded waits), and
// sends it requests whose answers are read as plain data.
import { nextBuild } from '../helpers/next.ts';
import { startApp, type RunningApp } from '../e2e/server.ts';
import { answerOf, postInit, type Answer, type RequestBody } from './in-process.ts';

const REQUEST_TIMEOUT_MS = 15_000;

/** `next build` then `next start`; throws with the end of the build output if the build fails. */
export async function buildAndServe(dir: string): Promise<RunningApp> {
  const build = nextBuild(dir);
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status}) in ${dir}:\n${build.output.slice(-6_000)}`);
  return startApp(dir);
}

/** POSTs `body` to `path` of the running app; never follows redirects; bounded. */
export async function post(app: RunningApp, path: string, body: RequestBody, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${app.url}${path}`, { ...postInit(body, headers), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return answerOf(res);
}

/** Any other method, for the 405 checks; bounded. */
export async function send(app: RunningApp, method: string, path: string): Promise<Answer> {
  const res = await fetch(`${app.url}${path}`, { method, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return answerOf(res);
}

/** Waits (bounded) until the server's output contains `text`; returns whether it did. */
export async function logsContain(app: RunningApp, text: string, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.logs().includes(text)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return app.logs().includes(text);
}
