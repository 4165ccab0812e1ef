// The user flows of examples/blog, one function each. A flow drives the app the way a user
// (or an outside caller) does and returns what they observe as plain data: the text of
// role=alert / role=status elements, paths after navigations, counts on the page, HTTP status
// and body. Nothing here knows whether a flow is served by a route handler or a server
// action, so the same flows run unchanged before and after the migration.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** How long a flow waits for the page to react to one user action. */
const REACTION_TIMEOUT_MS = 10_000;
/** A reaction counts as done once what the user sees has not changed for this long. */
const STABLE_MS = 300;
const POLL_MS = 50;

export interface FlowEnv {
  browser: Browser;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The app folder (for posts.sample.json). */
  appDir: string;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    timeout: 30_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Small tools

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh browser context (no cookies) and page for one flow; always closed afterwards. */
async function withPage<T>(
  env: FlowEnv,
  options: { javaScriptEnabled?: boolean },
  use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await env.browser.newContext({
    baseURL: env.url,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  try {
    const page = await context.newPage();
    trackNetwork(page);
    return await use(page, context);
  } finally {
    await context.close();
  }
}

/**
 * Waits until React has hydrated every form, button and visible input of the page (React keeps
 * their props under `__reactProps$…`), so a click reaches the app's handlers and not the bare
 * HTML. Hidden inputs are left out: React adds `$ACTION_ID_…` ones for server-action forms.
 */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    `(() => {
      const els = [...document.querySelectorAll('form, button, input:not([type=hidden]), textarea')]
      return els.length > 0 && els.every((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))
    })()`,
    undefined,
    { timeout: 20_000, polling: 50 },
  );
}

/** Opens a page of the app; with JavaScript, waits for hydration. */
async function open(page: Page, pathname: string, javaScript = true): Promise<void> {
  await page.goto(pathname, { waitUntil: 'load' });
  if (javaScript) await hydrated(page);
}

/** Requests in flight per page, and when the last one started or ended. */
const network = new WeakMap<Page, { inflight: number; lastActivity: number }>();

function trackNetwork(page: Page): void {
  const state = { inflight: 0, lastActivity: Date.now() };
  network.set(page, state);
  page.on('request', () => {
    state.inflight += 1;
    state.lastActivity = Date.now();
  });
  const done = () => {
    state.inflight = Math.max(0, state.inflight - 1);
    state.lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

function networkQuietFor(page: Page, ms: number): boolean {
  const state = network.get(page);
  return state === undefined || (state.inflight === 0 && Date.now() - state.lastActivity >= ms);
}

/**
 * Polls `read` until what it returns differs from `previous` (when given) and then stays the
 * same, with no request of the page in flight, for STABLE_MS: so a state in between (an error
 * cleared while the POST or the `router.refresh()` after it is still running) is not taken
 * for the outcome. Bounded: after REACTION_TIMEOUT_MS it returns the last value read, so a
 * page that did not react is recorded as such instead of hanging the test. A read that
 * throws (the page is navigating) counts as "not settled yet".
 */
async function settle<T>(page: Page, read: () => Promise<T>, previous?: T): Promise<T> {
  const unread = Symbol('unread');
  const tryRead = async (): Promise<T | typeof unread> => {
    try {
      return await read();
    } catch {
      return unread;
    }
  };
  const deadline = Date.now() + REACTION_TIMEOUT_MS;
  let value = await tryRead();
  let since = Date.now();
  while (Date.now() < deadline) {
    const changed = previous === undefined || (value !== unread && !isDeepStrictEqual(value, previous));
    const stable = Date.now() - since >= STABLE_MS && networkQuietFor(page, STABLE_MS);
    if (value !== unread && changed && stable) return value;
    await sleep(POLL_MS);
    const next = await tryRead();
    if (!isDeepStrictEqual(next, value)) {
      value = next;
      since = Date.now();
    }
  }
  if (value === unread) return read();
  return value;
}

const texts = async (locator: Locator) => (await locator.allInnerTexts()).map((text) => text.trim());

/** The role=alert and role=status texts inside `scope`. */
async function messages(scope: Locator): Promise<{ alerts: string[]; statuses: string[] }> {
  return { alerts: await texts(scope.getByRole('alert')), statuses: await texts(scope.getByRole('status')) };
}

/** Path and query of the page, without the host (redirects built from request.url say `localhost`). */
function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

const article = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
/** The element around a button: the component the button belongs to. */
const around = (button: Locator) => button.locator('xpath=..');
const postTitles = (page: Page) => texts(page.locator('main article h2'));

const HELLO = 'Hello, world';
const DRAFT = 'Route handlers vs server actions';

// ---------------------------------------------------------------------------------------------
// Browser flows

/** Case 1: JSON body. A blank title is refused; a titled post appears in the list. */
export async function createPost(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/');
    const form = page.getByRole('region', { name: 'New post' });
    const title = form.getByRole('textbox', { name: 'Title', exact: true });
    const body = form.getByRole('textbox', { name: 'Body', exact: true });
    const submit = form.getByRole('button', { name: 'Create post' });
    const read = async () => ({ ...(await messages(form)), titles: await postTitles(page) });

    const initial = await read();
    await submit.click();
    const blank = await settle(page, read, initial);

    await title.fill('Written by the e2e test');
    await body.fill('It checks that a post can be created.');
    await submit.click();
    const created = await settle(page, read, blank);
    const fieldsAfter = { title: await title.inputValue(), body: await body.inputValue() };

    await open(page, '/');
    return { initial, blank, created, fieldsAfter, titlesAfterReload: await postTitles(page) };
  });
}

/** Case 2: FormData body. */
export async function profile(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/profile');
    const form = page.locator('main form');
    const read = () => messages(form);

    const initial = await read();
    await form.getByRole('button', { name: 'Save profile' }).click();
    const blank = await settle(page, read, initial);

    await form.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
    await form.getByRole('textbox', { name: 'Bio' }).fill('Writes the first programs.');
    await form.getByRole('button', { name: 'Save profile' }).click();
    const saved = await settle(page, read, blank);
    return { initial, blank, saved };
  });
}

/**
 * Case 3: the plain HTML newsletter form, with JavaScript or without. The email input is
 * type=email, so the browser itself refuses malformed addresses; the address the server
 * refuses through the UI is the blank one.
 */
export async function newsletterSignup(env: FlowEnv, javaScriptEnabled: boolean, email: string) {
  return withPage(env, { javaScriptEnabled }, async (page) => {
    await open(page, '/newsletter', javaScriptEnabled);
    const read = async () => ({
      path: pathOf(page),
      heading: (await page.locator('main h1').innerText()).trim(),
      ...(await messages(page.locator('main'))),
    });
    const submit = () => page.locator('main form').getByRole('button', { name: 'Subscribe' }).click();

    const initial = await read();
    await submit();
    const invalid = await settle(page, read, initial);

    if (javaScriptEnabled) await hydrated(page);
    await page.locator('main form').getByRole('textbox', { name: 'Email' }).fill(email);
    await submit();
    const valid = await settle(page, read, invalid);
    return { initial, invalid, valid };
  });
}

/** Case 4: dynamic route called with a template literal. */
export async function like(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/');
    const button = article(page, HELLO).getByRole('button', { name: 'Like' });
    const read = async () => ({
      count: (await around(button).getByText(/^\d+ likes?$/).innerText()).trim(),
      ...(await messages(around(button))),
    });

    const initial = await read();
    await button.click();
    const once = await settle(page, read, initial);
    await button.click();
    const twice = await settle(page, read, once);

    await open(page, '/');
    return { initial, once, twice, afterReload: await read() };
  });
}

/** Case 5: axios caller. */
export async function comment(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/');
    const post = article(page, HELLO);
    const form = around(post.getByRole('button', { name: 'Add comment' }));
    const read = async () => ({ ...(await messages(form)), comments: await texts(post.locator('ul li')) });

    const initial = await read();
    await form.getByRole('button', { name: 'Add comment' }).click();
    const blank = await settle(page, read, initial);

    const input = form.getByRole('textbox', { name: 'Comment' });
    await input.fill('Nice post, from the e2e test');
    await form.getByRole('button', { name: 'Add comment' }).click();
    const added = await settle(page, read, blank);
    const inputAfter = await input.inputValue();

    await open(page, '/');
    return { initial, blank, added, inputAfter, afterReload: await read() };
  });
}

/** Case 6 and sign-in: publishing needs the session cookie set by the header's sign-in form. */
export async function publish(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/');
    const post = article(page, DRAFT);
    const actions = post.locator('.actions');
    const header = page.locator('header form');
    const read = async () => ({ ...(await messages(actions)), header: (await header.innerText()).trim() });

    const initial = await read();
    await post.getByRole('button', { name: 'Publish' }).click();
    const signedOut = await settle(page, read, initial);

    await header.getByRole('button', { name: 'Sign in' }).click();
    const signedIn = await settle(page, read, signedOut);

    await hydrated(page);
    await post.getByRole('button', { name: 'Publish' }).click();
    const published = await settle(page, read, signedIn);

    await open(page, '/');
    return { initial, signedOut, signedIn, published, afterReload: await read() };
  });
}

/**
 * Case 13: React Query over axios. The editor check answers 401 with JSON from a helper, the
 * route answers 422 in plain text, and the success carries a Date the client reads as text.
 */
export async function schedule(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/');
    const form = article(page, DRAFT).locator('.schedule');
    const header = page.locator('header form');
    const when = form.getByRole('textbox', { name: 'Publish at (UTC)' });
    const submit = form.getByRole('button', { name: 'Schedule' });
    const read = () => messages(form);

    const initial = await read();
    await when.fill('2030-01-01T09:00');
    await submit.click();
    const signedOut = await settle(page, read, initial);

    const signedOutHeader = (await header.innerText()).trim();
    await header.getByRole('button', { name: 'Sign in' }).click();
    await settle(page, async () => (await header.innerText()).trim(), signedOutHeader);
    await hydrated(page);
    await when.fill('2000-01-01T09:00');
    await submit.click();
    const past = await settle(page, read, signedOut);

    await when.fill('2030-01-01T09:00');
    await submit.click();
    const scheduled = await settle(page, read, past);

    await open(page, '/');
    return { initial, signedOut, past, scheduled, afterReload: await read() };
  });
}

/**
 * Case 8: the report route is rate limited by proxy.ts (5 a minute per IP). Six clicks; after
 * each, wait for the POST it causes (fetch or server action alike) and for the UI to settle.
 */
export async function report(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/');
    const button = article(page, HELLO).getByRole('button', { name: 'Report' });
    const read = () => messages(around(button));

    const clicks = [];
    for (let i = 0; i < 6; i++) {
      const response = page.waitForResponse((res) => res.request().method() === 'POST', {
        timeout: REACTION_TIMEOUT_MS,
      });
      await button.click();
      await (await response).finished();
      clicks.push(await settle(page, read));
    }
    return { clicks };
  });
}

/** Case 9: CSV export. What the user gets: a download link, and the file behind it. */
export async function exportCsv(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/');
    const region = page.getByRole('region', { name: 'Export' });
    const links = region.getByRole('link');
    const read = async () => ({
      ...(await messages(region)),
      links: await texts(links),
    });

    const initial = await read();
    await region.getByRole('button', { name: 'Export CSV' }).click();
    const exported = await settle(page, read, initial);

    const link = links.first();
    const href = await link.getAttribute('href');
    const downloadAttr = await link.getAttribute('download');
    const downloading = page.waitForEvent('download', { timeout: REACTION_TIMEOUT_MS });
    await link.click();
    const download = await downloading;
    const file = await download.path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');

    return {
      initial,
      exported,
      hrefScheme: href === null ? null : new URL(href, env.url).protocol,
      downloadAttr,
      file: { name: download.suggestedFilename(), header: lines[0], rows: lines.length - 1 },
    };
  });
}

/** Case 11 from the UI: the @external action behind the admin page's newsletter form. */
export async function adminNewsletter(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/admin');
    const region = page.getByRole('region', { name: 'Newsletter' });
    const form = region.locator('form');
    const counts = async () => (await region.locator('p').first().innerText()).trim();
    const read = () => messages(form);

    const before = await counts();
    const initial = await read();
    await form.getByRole('button', { name: 'Send newsletter' }).click();
    const blank = await settle(page, read, initial);

    await form.getByRole('textbox', { name: 'Subject' }).fill('Weekly digest');
    await form.getByRole('button', { name: 'Send newsletter' }).click();
    const sent = await settle(page, read, blank);

    await open(page, '/admin');
    return { before, initial, blank, sent, countsAfterReload: await counts() };
  });
}

/** Case 12: the inline server action that clears the reports made by the report flow. */
export async function adminClearReports(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/admin');
    const region = page.getByRole('region', { name: 'Reports' });
    const read = async () => ({
      reports: await texts(region.locator('li')),
      text: await texts(region.locator('p')),
      clearDisabled: await region.getByRole('button', { name: 'Clear reports' }).isDisabled(),
    });

    const initial = await read();
    await region.getByRole('button', { name: 'Clear reports' }).click();
    const cleared = await settle(page, read, initial);
    return { initial, cleared };
  });
}

/** After the HTTP callers ran: what the admin page and the post list show. */
export async function stats(env: FlowEnv) {
  return withPage(env, {}, async (page) => {
    await open(page, '/admin');
    const dl = page.getByRole('region', { name: 'Stats' }).locator('dl');
    const terms = await texts(dl.locator('dt'));
    const values = await texts(dl.locator('dd'));
    await open(page, '/');
    return { stats: Object.fromEntries(terms.map((term, i) => [term, values[i]])), posts: await postTitles(page) };
  });
}

// ---------------------------------------------------------------------------------------------
// Outside callers, over HTTP from the test

export interface HttpOutcome {
  status: number;
  /** The media type, without parameters. */
  contentType: string | null;
  /** The parsed body when it is JSON, else null. */
  json: unknown;
}

async function post(env: FlowEnv, pathname: string, body: string, headers: Record<string, string>): Promise<HttpOutcome> {
  const res = await fetch(`${env.url}${pathname}`, {
    method: 'POST',
    body,
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(REACTION_TIMEOUT_MS),
  });
  const contentType = res.headers.get('content-type')?.split(';')[0]?.trim() ?? null;
  const text = await res.text();
  let json: unknown = null;
  if (contentType === 'application/json') {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  return { status: res.status, contentType, json };
}

/** Case 7: the payment webhook, signed as the provider signs it, and with a bad signature. */
export async function webhook(env: FlowEnv) {
  const body = '{"id":"pay_1","amount":4200}';
  const sign = (secret: string) => createHmac('sha256', secret).update(body).digest('hex');
  return {
    valid: await post(env, '/api/webhooks/payments', body, { 'stripe-signature': sign('whsec_demo') }),
    invalid: await post(env, '/api/webhooks/payments', body, { 'stripe-signature': sign('whsec_wrong') }),
  };
}

/** Case 10: what scripts/import-posts.mjs sends. */
export async function importPosts(env: FlowEnv) {
  const posts = JSON.parse(readFileSync(path.join(env.appDir, 'posts.sample.json'), 'utf8')) as unknown;
  return post(env, '/api/import', JSON.stringify({ posts }), { 'Content-Type': 'application/json' });
}

/** Case 11 from outside: the URL the @external action is tagged with. */
export async function newsletterSendOverHttp(env: FlowEnv) {
  const json = { 'Content-Type': 'application/json' };
  return {
    valid: await post(env, '/api/newsletter/send', JSON.stringify({ subject: 'Hi' }), json),
    empty: await post(env, '/api/newsletter/send', JSON.stringify({}), json),
  };
}

// ---------------------------------------------------------------------------------------------
// A whole run

/**
 * Every flow, in a fixed order (they share the server's data, so the order is part of the
 * outcome): browser flows, then the outside callers, then what the UI shows after them.
 */
export const FLOWS = {
  createPost,
  profile,
  newsletterWithJs: (env: FlowEnv) => newsletterSignup(env, true, 'reader@example.com'),
  newsletterWithoutJs: (env: FlowEnv) => newsletterSignup(env, false, 'no-js-reader@example.com'),
  like,
  comment,
  publish,
  schedule,
  report,
  exportCsv,
  adminNewsletter,
  adminClearReports,
  webhook,
  importPosts,
  stats,
} satisfies Record<string, (env: FlowEnv) => Promise<unknown>>;

export type FlowName = keyof typeof FLOWS;
export const FLOW_NAMES = Object.keys(FLOWS) as FlowName[];

export interface RunRecord {
  /** Each flow's outcome, or `{ failed: message }` when the flow itself broke. */
  flows: Record<FlowName, unknown>;
  /** Not compared with the other run: before migration this URL does not exist. */
  newsletterSend: { valid: HttpOutcome; empty: HttpOutcome } | { failed: string };
}

export async function runAllFlows(env: FlowEnv): Promise<RunRecord> {
  const flows = {} as Record<FlowName, unknown>;
  for (const name of FLOW_NAMES) {
    try {
      flows[name] = await FLOWS[name](env);
    } catch (error) {
      flows[name] = { failed: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    }
  }
  let newsletterSend: RunRecord['newsletterSend'];
  try {
    newsletterSend = await newsletterSendOverHttp(env);
  } catch (error) {
    newsletterSend = { failed: String(error) };
  }
  return { flows, newsletterSend };
}
