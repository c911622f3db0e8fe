import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { BrowserJobTimeoutError, BrowserPoolClosedError, BrowserUnavailableError, PageCrashedError } from './errors.js';

/**
 * A pool of headless Chromium pages on one lazily launched browser.
 *
 * Isolation design: every pooled page lives in its own BrowserContext and is
 * reused across jobs; cookies and the storage of every origin a job visited
 * are cleared after the job. A fresh context per job would be cleaner but
 * costs a new renderer process per job (the first navigation in a new
 * context spawns one), which is most of a warm render's budget; a context
 * per *slot* keeps the renderer warm while still isolating slots from each
 * other — a hang or crash in one slot's renderer never touches another, and
 * recycling a slot (after `maxJobsPerPage` jobs, a crash or a timeout)
 * disposes its whole context.
 *
 * Jobs that add listeners, routes or init scripts to the page must remove
 * them (or make them idempotent): the page outlives the job.
 */

/** Flags for the system Chromium: headless, no network chatter of its own, no GPU. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const defaultChromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserPoolOptions {
  /** The Chromium binary; never downloaded. Default: $CHROMIUM_PATH or /usr/bin/chromium. */
  executablePath?: string;
  /** Pages kept open and reused (default 2). */
  size?: number;
  /** A page is replaced by a fresh one after this many jobs (default 50). */
  maxJobsPerPage?: number;
  /** Per-attempt time limit (default 30 s). */
  jobTimeoutMs?: number;
  /** Time limit of one browser launch (default 15 s). */
  launchTimeoutMs?: number;
  /**
   * After a failed launch the pool reports unavailable and fails jobs at once
   * for this long, then tries to launch again (default 30 s). Keeps a broken
   * installation from costing every job a launch attempt.
   */
  relaunchBackoffMs?: number;
}

export interface JobInfo {
  /** 1 on the first attempt, 2 on the retry after a crash or a timeout. */
  attempt: number;
  /** Aborted when the attempt is over (finished, timed out or crashed). */
  signal: AbortSignal;
}

export interface RunOptions {
  /** Overrides the pool's jobTimeoutMs for this job. */
  timeoutMs?: number;
  /** Retry once on a fresh page after a crash or a timeout (default true). */
  retry?: boolean;
}

export interface JobResult<T> {
  value: T;
  /** 1, or 2 when the first attempt's page crashed or hung and the job was retried. */
  attempts: number;
}

export interface BrowserPoolStats {
  launches: number;
  pagesCreated: number;
  pagesRecycled: number;
  /** Calls to run() that got a page (a retried job counts once). */
  jobsRun: number;
  retries: number;
  timeouts: number;
  crashes: number;
  /** Jobs waiting for a free page right now. */
  queued: number;
}

export type BrowserJob<T> = (page: Page, info: JobInfo) => Promise<T>;

export interface BrowserPool {
  readonly executablePath: string;
  readonly size: number;
  run<T>(job: BrowserJob<T>, options?: RunOptions): Promise<JobResult<T>>;
  /** False when the executable is missing or the last launch failed (within relaunchBackoffMs). Never launches. */
  available(): boolean;
  stats(): BrowserPoolStats;
  close(): Promise<void>;
}

interface Slot {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  jobs: number;
  /** Crashed, closed, timed out or its browser is gone: never handed out again. */
  broken: boolean;
  retired: boolean;
  /** http(s) origins visited since the last cleanup, whose storage is cleared. */
  origins: Set<string>;
  /** Rejects when the page crashes or closes under a job. */
  dead: Promise<never>;
  kill: (error: Error) => void;
}

interface Waiter {
  resolve: (slot: Slot) => void;
  reject: (error: unknown) => void;
}

// Messages playwright uses when the target under a call went away.
const TARGET_GONE = /target crashed|page crashed|target closed|has been closed|browser has disconnected|crashed/i;

/** How opening a page fails on a browser that is closing: the target errors, or Chromium refusing new tabs. */
const BROWSER_GOING = new RegExp(`${TARGET_GONE.source}|Failed to open a new tab`, 'i');

const CLEANUP_TIMEOUT_MS = 2_000;

export function createBrowserPool(options: BrowserPoolOptions = {}): BrowserPool {
  return new ChromiumPool(options);
}

class ChromiumPool implements BrowserPool {
  readonly executablePath: string;
  readonly size: number;
  private readonly maxJobsPerPage: number;
  private readonly jobTimeoutMs: number;
  private readonly launchTimeoutMs: number;
  private readonly relaunchBackoffMs: number;

  private browser: Browser | undefined;
  private launching: Promise<Browser> | undefined;
  private launchFailure: { at: number; error: BrowserUnavailableError } | undefined;
  private closed = false;
  private idle: Slot[] = [];
  /** Slots alive or being created; never more than size. */
  private slotCount = 0;
  private readonly waiters: Waiter[] = [];
  private readonly counters = { launches: 0, pagesCreated: 0, pagesRecycled: 0, jobsRun: 0, retries: 0, timeouts: 0, crashes: 0 };

  constructor(options: BrowserPoolOptions) {
    this.executablePath = options.executablePath ?? defaultChromiumPath();
    this.size = Math.max(1, Math.floor(options.size ?? 2));
    this.maxJobsPerPage = Math.max(1, Math.floor(options.maxJobsPerPage ?? 50));
    this.jobTimeoutMs = options.jobTimeoutMs ?? 30_000;
    this.launchTimeoutMs = options.launchTimeoutMs ?? 15_000;
    this.relaunchBackoffMs = options.relaunchBackoffMs ?? 30_000;
  }

  available(): boolean {
    try {
      this.assertAvailable();
      return true;
    } catch {
      return false;
    }
  }

  stats(): BrowserPoolStats {
    return { ...this.counters, queued: this.waiters.length };
  }

  async run<T>(job: BrowserJob<T>, options: RunOptions = {}): Promise<JobResult<T>> {
    if (this.closed) throw new BrowserPoolClosedError();
    this.assertAvailable();
    const timeoutMs = options.timeoutMs ?? this.jobTimeoutMs;
    const maxAttempts = options.retry === false ? 1 : 2;
    let counted = false;
    for (let attempt = 1; ; attempt++) {
      const slot = await this.acquire();
      if (!counted) {
        this.counters.jobsRun += 1;
        counted = true;
      }
      let value: T;
      try {
        value = await this.attempt(slot, job, attempt, timeoutMs);
      } catch (error) {
        const failure = error instanceof BrowserJobTimeoutError ? 'timeout' : slot.broken || TARGET_GONE.test(String(error)) ? 'crash' : 'job';
        if (failure === 'job') {
          this.release(slot);
          throw error;
        }
        slot.broken = true;
        this.counters[failure === 'timeout' ? 'timeouts' : 'crashes'] += 1;
        this.release(slot);
        if (this.closed) throw new BrowserPoolClosedError();
        if (attempt < maxAttempts) {
          this.counters.retries += 1;
          continue;
        }
        if (failure === 'timeout') throw new BrowserJobTimeoutError(timeoutMs, attempt);
        throw new PageCrashedError(`the page crashed under the job (attempt ${attempt}): ${String(error)}`, attempt, { cause: error });
      }
      this.release(slot);
      return { value, attempts: attempt };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new BrowserPoolClosedError());
    this.idle = [];
    const browser = this.browser ?? (await this.launching?.catch(() => undefined));
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
  }

  private assertAvailable(): void {
    try {
      accessSync(this.executablePath, constants.X_OK);
    } catch (error) {
      throw new BrowserUnavailableError(`Chromium is not installed at ${this.executablePath} (set CHROMIUM_PATH)`, this.executablePath, { cause: error });
    }
    if (this.launchFailure && Date.now() - this.launchFailure.at < this.relaunchBackoffMs) throw this.launchFailure.error;
  }

  private async attempt<T>(slot: Slot, job: BrowserJob<T>, attempt: number, timeoutMs: number): Promise<T> {
    slot.jobs += 1;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new BrowserJobTimeoutError(timeoutMs, attempt)), timeoutMs);
    });
    try {
      const running = job(slot.page, { attempt, signal: controller.signal });
      // After a timeout or crash the job's own promise settles late (its page is closed); that is expected.
      running.catch(() => undefined);
      return await Promise.race([running, timeout, slot.dead]);
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }

  /** A free page, FIFO: an idle one, a new one while below size, or the next one released. */
  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new BrowserPoolClosedError());
    if (this.waiters.length === 0) {
      const idle = this.idle.shift();
      if (idle) return Promise.resolve(idle);
      if (this.slotCount < this.size) return this.createSlot();
    }
    return new Promise<Slot>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Hands a page back after a job: retired when due, otherwise cleaned and given to the next waiter. */
  private release(slot: Slot): void {
    if (slot.broken || slot.jobs >= this.maxJobsPerPage || slot.browser !== this.browser || this.closed) {
      this.retire(slot);
      return;
    }
    void this.cleanup(slot).then(
      () => this.handOver(slot),
      () => {
        slot.broken = true;
        this.retire(slot);
      },
    );
  }

  private handOver(slot: Slot): void {
    if (slot.broken || this.closed || slot.browser !== this.browser) {
      this.retire(slot);
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve(slot);
    else this.idle.push(slot);
  }

  private retire(slot: Slot): void {
    if (slot.retired) return;
    slot.retired = true;
    slot.broken = true;
    this.idle = this.idle.filter((s) => s !== slot);
    this.slotCount -= 1;
    this.counters.pagesRecycled += 1;
    // Disposing the context kills its renderer, even one stuck in a script loop.
    void slot.context.close().catch(() => undefined);
    this.pump();
  }

  /** Gives waiting jobs the room a retired page left: a new page for the first waiter. */
  private pump(): void {
    while (!this.closed && this.waiters.length > 0 && this.slotCount < this.size) {
      const waiter = this.waiters.shift()!;
      this.createSlot().then(waiter.resolve, waiter.reject);
    }
  }

  private async createSlot(): Promise<Slot> {
    this.slotCount += 1;
    try {
      let browser = await this.ensureBrowser();
      let opened: OpenedPage;
      try {
        opened = await openPage(browser);
      } catch (error) {
        // The browser went away before its 'disconnected' event was handled (it closed or crashed
        // moments ago, or a close() is under way while it still reports itself connected): treat
        // it as gone and open the page on a new one.
        if (!BROWSER_GOING.test(firstLine(error))) throw error;
        this.onDisconnected(browser);
        void browser.close().catch(() => undefined);
        browser = await this.ensureBrowser();
        opened = await openPage(browser);
      }
      const { context, page, cdp } = opened;
      let kill: (error: Error) => void = () => undefined;
      const dead = new Promise<never>((_, reject) => {
        kill = reject;
      });
      dead.catch(() => undefined);
      const slot: Slot = { browser, context, page, cdp, jobs: 0, broken: false, retired: false, origins: new Set(), dead, kill };
      page.once('crash', () => {
        slot.broken = true;
        kill(new Error('page crashed'));
      });
      page.once('close', () => {
        slot.broken = true;
        kill(new Error('page closed'));
      });
      page.on('framenavigated', (frame) => {
        const origin = originOf(frame.url());
        if (origin) slot.origins.add(origin);
      });
      this.counters.pagesCreated += 1;
      if (this.closed) {
        await context.close().catch(() => undefined);
        throw new BrowserPoolClosedError();
      }
      return slot;
    } catch (error) {
      this.slotCount -= 1;
      this.pump();
      throw error;
    }
  }

  private ensureBrowser(): Promise<Browser> {
    if (this.browser?.isConnected()) return Promise.resolve(this.browser);
    if (this.launching) return this.launching;
    this.assertAvailable();
    this.launching = this.launch().finally(() => {
      this.launching = undefined;
    });
    return this.launching;
  }

  private async launch(): Promise<Browser> {
    let browser: Browser;
    try {
      browser = await chromium.launch({
        executablePath: this.executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS],
        timeout: this.launchTimeoutMs,
        // The host process decides how to shut down; the pool's close() ends the browser.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (error) {
      const failure = new BrowserUnavailableError(`Chromium at ${this.executablePath} failed to launch: ${firstLine(error)}`, this.executablePath, { cause: error });
      this.launchFailure = { at: Date.now(), error: failure };
      throw failure;
    }
    this.counters.launches += 1;
    this.launchFailure = undefined;
    this.browser = browser;
    browser.on('disconnected', () => this.onDisconnected(browser));
    if (this.closed) {
      await browser.close().catch(() => undefined);
      throw new BrowserPoolClosedError();
    }
    return browser;
  }

  /** The browser died: its pages are unusable; the next job launches a new one. */
  private onDisconnected(browser: Browser): void {
    if (this.browser === browser) this.browser = undefined;
    for (const slot of this.idle.filter((s) => s.browser === browser)) this.retire(slot);
  }

  /** Clears what a job may leave behind for the next one: cookies and per-origin storage. */
  private async cleanup(slot: Slot): Promise<void> {
    const origins = [...slot.origins];
    slot.origins.clear();
    const work = Promise.all([
      slot.context.clearCookies(),
      slot.page.evaluate(() => {
        try {
          sessionStorage.clear();
        } catch {
          // Opaque origins (about:blank, data:) have no storage.
        }
      }),
      ...origins.map((origin) => slot.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' })),
    ]);
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('page cleanup timed out')), CLEANUP_TIMEOUT_MS);
    });
    try {
      await Promise.race([work, limit, slot.dead]);
    } finally {
      clearTimeout(timer);
    }
  }
}

interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/** A fresh context with one page and its CDP session; the context is closed again if a later step fails. */
async function openPage(browser: Browser): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    return { context, page, cdp };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

function originOf(url: string): string | undefined {
  if (!/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
