import { LRUCache } from 'lru-cache';
import type { ObjectStorage } from '@anclora/infra';
import type { PreviewAsset, PreviewBuilder, PreviewDocument } from './preview/index.js';
import { previewCsp } from './preview/index.js';

/** What the preview origin serves for one document: its HTML, its policy, and the assets it names. */
export interface StoredPreview {
  hash: string;
  html: string;
  csp: string;
  assets: string[];
}

const HASH = /^[a-f0-9]{16,64}$/;
const ASSET = /^[a-f0-9]{16,64}\.(js|mjs|css)$/;

/**
 * Published previews, shared by every instance through object storage (any
 * API instance may serve a document another one built), with in-memory LRUs
 * in front so a document or runtime is read from storage once per process.
 * Documents and assets are content-addressed, so an entry never changes.
 */
export function createPreviewStore(storage: ObjectStorage, builder: PreviewBuilder) {
  const documents = new LRUCache<string, StoredPreview>({ max: 1000 });
  const assets = new LRUCache<string, PreviewAsset>({ maxSize: 128 * 1024 * 1024, sizeCalculation: (a) => Math.max(1, a.body.length) });
  /** Assets this process already wrote (runtimes are shared by most documents). */
  const written = new Set<string>();

  return {
    /** Stores a built document and any of its assets storage does not have yet; returns what is served. */
    async publish(document: PreviewDocument): Promise<StoredPreview> {
      const stored: StoredPreview = { hash: document.hash, html: document.html, csp: previewCsp(document), assets: [...document.assets] };
      for (const name of document.assets) {
        if (written.has(name)) continue;
        const asset = builder.asset(name);
        if (!asset) throw new Error(`The preview builder did not keep asset ${name}.`);
        await storage.put(`previews/assets/${name}`, asset.body, { contentType: asset.contentType });
        written.add(name);
      }
      if (!documents.has(document.hash)) await storage.put(`previews/docs/${document.hash}.json`, JSON.stringify(stored), { contentType: 'application/json' });
      documents.set(document.hash, stored);
      return stored;
    },

    async document(hash: string): Promise<StoredPreview | undefined> {
      if (!HASH.test(hash)) return undefined;
      const cached = documents.get(hash);
      if (cached) return cached;
      const object = await storage.get(`previews/docs/${hash}.json`);
      if (!object) return undefined;
      const stored = JSON.parse(object.body.toString('utf8')) as StoredPreview;
      documents.set(hash, stored);
      return stored;
    },

    async asset(name: string): Promise<PreviewAsset | undefined> {
      if (!ASSET.test(name)) return undefined;
      const local = builder.asset(name) ?? assets.get(name);
      if (local) return local;
      const object = await storage.get(`previews/assets/${name}`);
      if (!object) return undefined;
      const asset: PreviewAsset = { name, contentType: object.contentType, body: object.body };
      assets.set(name, asset);
      return asset;
    },
  };
}
export type PreviewStore = ReturnType<typeof createPreviewStore>;
