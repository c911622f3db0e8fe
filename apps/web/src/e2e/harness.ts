// Shared set-up for the end-to-end journeys: the built web app on the real server, in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { loadConfig } from '@anclora/config';
import { startServer, type StartedServer } from '../../../api/src/start-server.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
const webDir = path.resolve(import.meta.dirname, '../..');
const distIndex = path.join(webDir, 'dist/index.html');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The newest modification time among the app's sources (tests excluded). */
function newestSource(): number {
  let newest = 0;
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (!/\.test\.tsx?$/.test(entry.name) && entry.name !== 'harness.ts') newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  visit(path.join(webDir, 'src'));
  visit(path.join(webDir, 'public'));
  for (const file of ['index.html', 'vite.config.ts']) newest = Math.max(newest, statSync(path.join(webDir, file)).mtimeMs);
  return newest;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isFresh = () => existsSync(distIndex) && statSync(distIndex).mtimeMs >= newestSource();

/** Runs `work` holding an exclusive lock file: journey files run in parallel workers and share dist/. */
async function withBuildLock<T>(work: () => T): Promise<T> {
  const lock = path.join(webDir, '.e2e-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      // A stale lock (a killed run) is older than any build takes.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 150_000) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for another worker to build the web app');
      await sleep(300);
      continue;
    }
    try {
      return work();
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
}

/**
 * Takes a private snapshot of the built app, building it first when a source
 * is newer. The build goes to a side folder and is swapped in, and each server
 * serves its own copy, so a rebuild by another worker never empties the
 * folder a running journey is loading pages from.
 */
export async function snapshotBuild(into: string): Promise<string> {
  return withBuildLock(() => {
    if (!isFresh()) {
      const building = path.join(webDir, `dist-build-${process.pid}`);
      const old = path.join(webDir, `dist-old-${process.pid}`);
      rmSync(building, { recursive: true, force: true });
      execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', building], { cwd: webDir, stdio: 'pipe', timeout: 120_000 });
      if (existsSync(path.join(webDir, 'dist'))) renameSync(path.join(webDir, 'dist'), old);
      renameSync(building, path.join(webDir, 'dist'));
      rmSync(old, { recursive: true, force: true });
    }
    const copy = path.join(into, 'web');
    cpSync(path.join(webDir, 'dist'), copy, { recursive: true });
    return copy;
  });
}

/** Tabs forward until the focused element is the button with this text (keyboard only). */
export async function tabTo(page: Page, text: string, max = 40) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`Could not reach "${text}" with Tab`);
}

/** Pastes text into the focused editor, as the clipboard would (typing a whole spec key by key is slow). */
export async function paste(page: Page, text: string) {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const PREVIEW = 'iframe.preview__frame';
const HEADINGS = 'h1, h2, h3';

/** The workspace's (or component page's) sandboxed preview. */
export const frame = (page: Page) => page.frameLocator(PREVIEW);

/** The first heading a frame shows: every generated component has one. */
export const firstHeading = (inside: FrameLocator) => inside.locator(HEADINGS).first();

/**
 * Waits for one of the app's sandboxed frames (`iframe` selects it): the app marks it data-ready once its
 * document is up, then something is visible inside — a heading, unless `showing` selects what to wait for.
 */
export async function waitForFrame(page: Page, iframe: string, options: { showing?: string; readyTimeout?: number } = {}) {
  await page.locator(`${iframe}[data-ready="true"]`).waitFor({ timeout: options.readyTimeout ?? 20_000 });
  await page.frameLocator(iframe).locator(options.showing ?? HEADINGS).first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** The preview is rendered: a heading in it, or what `showing` selects (an example need not have a heading). */
export const waitForPreview = (page: Page, showing?: string) => waitForFrame(page, PREVIEW, { showing });

/** axe-core's WCAG 2.2 AA violations on the app's own document (preview frames are audited by their own runtime). */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
}

export interface Account {
  email: string;
  password: string;
}

/** A fresh address on every call: journeys share one server and each signs up its own account. */
const newAccount = (prefix: string): Account => ({ email: `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`, password: 'correct horse battery' });

/** Fills in and submits the sign-up form on screen with a fresh account; where it leads is the caller's to wait for. */
export async function submitSignUp(page: Page, prefix = 'e2e'): Promise<Account> {
  const account = newAccount(prefix);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  return account;
}

/** Signs up through the UI with a fresh address; resolves on the workspace, signed in. */
export async function signUpInUi(page: Page, base: string, prefix = 'e2e'): Promise<Account> {
  await page.goto(`${base}/signup`);
  const account = await submitSignUp(page, prefix);
  await page.waitForURL(`${base}/workspace`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return account;
}

/** Registers or logs in (`route`) through the API: the authorization header for the account's calls. */
async function authorize(base: string, route: 'register' | 'login', { email, password }: Account): Promise<string> {
  const res = await fetch(`${base}/api/auth/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== (route === 'register' ? 201 : 200)) throw new Error(`POST /api/auth/${route} answered ${res.status}: ${await res.text()}`);
  return `Bearer ${((await res.json()) as { accessToken: string }).accessToken}`;
}

/** Signs up through the API (an account the browser signs in to later), with the header the test's own calls send. */
export async function signUpByApi(base: string, prefix: string): Promise<Account & { authorization: string }> {
  const account = newAccount(prefix);
  return { ...account, authorization: await authorize(base, 'register', account) };
}

/** The test's own API calls, as one account (setting up, and checking what the UI did); a non-2xx answer throws. */
export type ApiCall = <T = unknown>(method: string, url: string, body?: unknown) => Promise<T>;

export function apiClient(base: string, authorization: string): ApiCall {
  return async <T,>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { authorization, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** Signs in through the API as an account made in the UI: an API client for it. */
export async function apiAs(base: string, account: Account): Promise<ApiCall> {
  return apiClient(base, await authorize(base, 'login', account));
}

export interface E2e {
  server: StartedServer;
  browser: Browser;
  /** http://127.0.0.1:<port> */
  base: string;
  newPage(options?: { locale?: string; colorScheme?: 'light' | 'dark' }): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

/** Builds the app if needed, starts the real server on embedded defaults (PGlite, memory cache) and launches Chromium. */
export async function startE2e(env: Record<string, string> = {}): Promise<E2e> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'anclora-web-e2e-'));
  const webDist = await snapshotBuild(dataDir);
  const server = await startServer(
    loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      PREVIEW_PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      WEB_DIST_DIR: webDist,
      JWT_SECRET: 'x'.repeat(40),
      // Every journey runs from 127.0.0.1: give the anonymous trial and sign-ins room.
      ANONYMOUS_TRIAL_GENERATIONS: '100',
      LOGIN_RATE_LIMIT_MAX: '1000',
      ...env,
    }),
  );
  const base = server.url.replace('localhost', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    base,
    async newPage(options = {}) {
      const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: 1440, height: 1000 }, ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}) });
      const page = await context.newPage();
      return { context, page };
    },
    async stop() {
      await browser.close().catch(() => undefined);
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
