/** The library's calls: the curated examples and their preview documents (POST /api/previews). */
import { HttpError, requestJson } from '../lib/http';
import type { Example, ExampleList } from './examples';

// One list request per page load, shared by every visit to /library (the list is curated and static).
let listRequest: Promise<ExampleList> | null = null;
export function loadExamples(): Promise<ExampleList> {
  listRequest ??= requestJson<ExampleList>('/api/examples').catch((error: unknown) => {
    listRequest = null;
    throw error;
  });
  return listRequest;
}

/** The first example of a category and target: the landing page shows one without loading all 37. */
export async function loadFirstExample(category: string, target: string): Promise<Example | null> {
  const query = new URLSearchParams({ category, target });
  const list = await requestJson<ExampleList>(`/api/examples?${query}`);
  return list.items[0] ?? null;
}

const MAX_RATE_LIMIT_RETRIES = 2;

/** How long to wait before retrying a preview build, or null to give up (only rate limiting is worth a wait). */
export function previewRetryDelayMs(error: unknown, retriesSoFar: number): number | null {
  if (!(error instanceof HttpError) || error.status !== 429 || retriesSoFar >= MAX_RATE_LIMIT_RETRIES) return null;
  return Math.min(60, Math.max(1, error.retryAfterSeconds ?? 5)) * 1000;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A preview URL per example, built once per page load: filtering back and forth never re-posts,
// which keeps a visit far inside POST /api/previews' per-IP budget.
const previewUrls = new Map<string, Promise<string>>();

/** The example's preview document URL (no audit: thumbnails are looked at, not checked). */
export function examplePreviewUrl(example: Example): Promise<string> {
  const key = `${example.id}:${example.target}:${example.designSystemId}`;
  let url = previewUrls.get(key);
  if (!url) {
    url = buildPreview(example);
    previewUrls.set(key, url);
    url.catch(() => previewUrls.delete(key));
  }
  return url;
}

async function buildPreview(example: Example): Promise<string> {
  const body = { spec: example.spec, target: example.target, designSystemId: example.designSystemId };
  for (let retries = 0; ; retries += 1) {
    try {
      return (await requestJson<{ url: string }>('/api/previews', { method: 'POST', body })).url;
    } catch (error) {
      const delay = previewRetryDelayMs(error, retries);
      if (delay === null) throw error;
      await sleep(delay);
    }
  }
}
