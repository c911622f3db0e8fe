import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticSite, type StaticSite } from '../testing/static-site.js';
import { createBrowserPool, defaultChromiumPath, type BrowserPool } from './browser-pool.js';
import { BrowserJobTimeoutError, BrowserPoolClosedError, BrowserUnavailableError } from './errors.js';

const chromiumPath = defaultChromiumPath();

describe('browser pool without a browser', () => {
  it('fails fast with BROWSER_UNAVAILABLE when the executable does not exist', async () => {
    const pool = createBrowserPool({ executablePath: '/nonexistent/chromium' });
    expect(pool.available()).toBe(false);
    const started = performance.now();
    const error = await pool.run(async () => 'never').catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(BrowserUnavailableError);
    expect((error as BrowserUnavailableError).code).toBe('BROWSER_UNAVAILABLE');
    expect(pool.stats()).toMatchObject({ launches: 0, jobsRun: 0 });
    await pool.close();
  });

  it('fails fast when the executable does not start, and keeps failing fast while backing off', async () => {
    const pool = createBrowserPool({ executablePath: '/bin/false', relaunchBackoffMs: 60_000 });
    expect(pool.available()).toBe(true);
    const first = await pool.run(async () => 'never').catch((e: unknown) => e);
    expect(first).toBeInstanceOf(BrowserUnavailableError);
    expect(pool.available()).toBe(false);
    const started = performance.now();
    const queued = await Promise.all([1, 2, 3].map(() => pool.run(async () => 'never').catch((e: unknown) => e)));
    expect(performance.now() - started).toBeLessThan(100);
    for (const error of queued) expect(error).toBeInstanceOf(BrowserUnavailableError);
    await pool.close();
  });
});

describe.skipIf(!existsSync(chromiumPath))('browser pool [chromium]', () => {
  let site: StaticSite;
  const pools: BrowserPool[] = [];
  const pool = (options: Parameters<typeof createBrowserPool>[0] = {}) => {
    const created = createBrowserPool({ executablePath: chromiumPath, ...options });
    pools.push(created);
    return created;
  };

  beforeAll(async () => {
    site = await startStaticSite({ '/': '<!doctype html><title>pooled</title><p>hello</p>' });
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    await site.close();
  });

  const title = async (page: Page) => {
    await page.goto(site.url('/'));
    return page.title();
  };

  it('starts lazily and reuses its pages across jobs', async () => {
    const p = pool({ size: 2 });
    expect(p.stats().launches).toBe(0);
    for (let i = 0; i < 5; i++) expect((await p.run(title)).value).toBe('pooled');
    const results = await Promise.all(Array.from({ length: 5 }, () => p.run(title)));
    expect(results.every((r) => r.value === 'pooled' && r.attempts === 1)).toBe(true);
    expect(p.stats()).toMatchObject({ launches: 1, pagesCreated: 2, pagesRecycled: 0, jobsRun: 10, retries: 0 });
  });

  it('recycles a page after maxJobsPerPage jobs', async () => {
    const p = pool({ size: 1, maxJobsPerPage: 3 });
    const pages = new Set<unknown>();
    for (let i = 0; i < 7; i++) await p.run(async (page) => pages.add(page));
    expect(pages.size).toBe(3);
    expect(p.stats()).toMatchObject({ pagesCreated: 3, pagesRecycled: 2, jobsRun: 7 });
  });

  it('clears cookies and storage between jobs', async () => {
    const p = pool({ size: 1 });
    await p.run(async (page) => {
      await page.goto(site.url('/'));
      await page.evaluate(() => {
        document.cookie = 'left=behind';
        localStorage.setItem('left', 'behind');
        sessionStorage.setItem('left', 'behind');
      });
    });
    const seen = await p.run(async (page) => {
      await page.goto(site.url('/'));
      return page.evaluate(() => [document.cookie, localStorage.getItem('left'), sessionStorage.getItem('left')]);
    });
    expect(seen.value).toEqual(['', null, null]);
    expect(p.stats().pagesCreated).toBe(1);
  });

  it('retries a job once on a fresh page when its page crashed', async () => {
    const p = pool({ size: 1 });
    const result = await p.run(async (page, { attempt }) => {
      await page.goto(site.url('/'));
      if (attempt === 1) {
        const cdp = await page.context().newCDPSession(page);
        void cdp.send('Page.crash').catch(() => undefined);
        await page.evaluate(() => new Promise(() => undefined));
      }
      return page.title();
    });
    expect(result).toEqual({ value: 'pooled', attempts: 2 });
    expect(p.stats()).toMatchObject({ crashes: 1, retries: 1, pagesRecycled: 1, pagesCreated: 2 });
    expect((await p.run(title)).attempts).toBe(1);
  });

  it('times a hung job out within jobTimeoutMs, closes its page and keeps serving', async () => {
    const p = pool({ size: 1, jobTimeoutMs: 1_000 });
    const hang = async (page: Page) => {
      await page.goto(site.url('/'));
      await page.evaluate(() => {
        for (;;) {
          // A renderer stuck in script.
        }
      });
    };
    const started = performance.now();
    const error = await p.run(hang, { retry: false }).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(BrowserJobTimeoutError);
    expect(error).toMatchObject({ code: 'BROWSER_JOB_TIMEOUT', attempts: 1 });
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
    expect(elapsed).toBeLessThan(6_000); // bounded, not hung: the first use also launches the browser, slow on a loaded machine
    const after = performance.now();
    expect((await p.run(title)).value).toBe('pooled');
    expect(performance.now() - after).toBeLessThan(2_000);
    expect(p.stats()).toMatchObject({ timeouts: 1, pagesRecycled: 1 });
  });

  it('retries a job that hung once, and gives up after the second timeout', async () => {
    const p = pool({ size: 1, jobTimeoutMs: 800 });
    const once = await p.run(async (page, { attempt }) => {
      if (attempt === 1) await page.evaluate(() => new Promise(() => undefined));
      return attempt;
    });
    expect(once).toEqual({ value: 2, attempts: 2 });

    const started = performance.now();
    const error = await p.run(async (page) => page.evaluate(() => new Promise(() => undefined))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserJobTimeoutError);
    expect((error as BrowserJobTimeoutError).attempts).toBe(2);
    expect(performance.now() - started).toBeLessThan(2 * 800 + 1_500);
    expect(p.stats()).toMatchObject({ timeouts: 3, retries: 2 });
  });

  it('runs 20 jobs queued at once, first come first served', async () => {
    const p = pool({ size: 2 });
    const order: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        p.run(async (page) => {
          order.push(i);
          return title(page);
        }),
      ),
    );
    expect(results.map((r) => r.value)).toEqual(Array(20).fill('pooled'));
    // The first two create their pages concurrently, so either may start first, and a queued job may even start
    // on the first free page before the second page is up; what the queue promises is that every queued job
    // starts in arrival order.
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(order.filter((i) => i >= 2)).toEqual(Array.from({ length: 18 }, (_, i) => i + 2));
    expect(p.stats()).toMatchObject({ jobsRun: 20, pagesCreated: 2, queued: 0 });
  });

  it('relaunches the browser after it disconnected', async () => {
    const p = pool({ size: 1 });
    await p.run(async (page) => {
      await page.goto(site.url('/'));
      await page.context().browser()!.close();
    }, { retry: false }).catch(() => undefined);
    expect((await p.run(title)).value).toBe('pooled');
    expect(p.stats().launches).toBe(2);
  });

  it('opens the next page on a new browser while the old one is still closing', async () => {
    // The job leaves the browser mid-close: it still reports itself connected, but new pages on it fail.
    const p = pool({ size: 1 });
    let closing: Promise<void> | undefined;
    await p.run(async (page) => {
      await page.goto(site.url('/'));
      closing = page.context().browser()!.close();
      return 'left';
    }, { retry: false }).catch(() => undefined);
    const [next] = await Promise.all([p.run(title), closing]);
    expect(next.value).toBe('pooled');
    expect(p.stats().launches).toBe(2);
  });

  it('rejects waiting and new jobs once closed', async () => {
    const p = pool({ size: 1 });
    const busy = p.run(async (page) => {
      await page.goto(site.url('/'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return 'done';
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = p.run(title).catch((e: unknown) => e);
    await p.close();
    expect(await waiting).toBeInstanceOf(BrowserPoolClosedError);
    await busy.catch(() => undefined);
    await expect(p.run(title)).rejects.toBeInstanceOf(BrowserPoolClosedError);
  });
});
