import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { assertValidKey, assertValidPrefix, compareKeys } from './object-key.js';
import type { ObjectStorage, PutOptions, StoredObject } from './storage.js';

export interface LocalStorageOptions {
  /** Root folder; created on first write. */
  dir: string;
}

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

interface Sidecar {
  contentType: string;
}

/**
 * The embedded object store: a folder on disk. Layout under `dir`:
 *
 *   objects/<key>   the bytes, at the key's own path (easy to inspect)
 *   meta/<key>      JSON sidecar holding the content type
 *   tmp/            files being written, renamed into place when complete
 *
 * Sidecars and temp files live in their own trees, not next to the objects,
 * so no key (not even "x.meta.json" or "x.tmp") can collide with them and
 * list() never has to guess which files are objects.
 *
 * Limitation of a filesystem: "a" and "a/b" cannot both exist (a path is a file
 * or a folder), and each segment is limited to 255 bytes; S3 allows both.
 */
export function createLocalStorage(options: LocalStorageOptions): ObjectStorage {
  const objectsDir = join(options.dir, 'objects');
  const metaDir = join(options.dir, 'meta');
  const tmpDir = join(options.dir, 'tmp');

  // Keys are validated first, so every path produced here stays under its root.
  const objectPath = (key: string): string => join(objectsDir, ...key.split('/'));
  const metaPath = (key: string): string => join(metaDir, ...key.split('/'));

  /**
   * Readers see the old file or the new one, never a partial write: rename()
   * replaces atomically. tmp/ sits under the same root, so it is on the same
   * filesystem and rename() cannot fail with EXDEV.
   */
  async function writeAtomically(target: string, data: Uint8Array | string): Promise<void> {
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomUUID());
    try {
      await writeFile(tmp, data);
      for (let attempt = 1; ; attempt += 1) {
        await mkdir(dirname(target), { recursive: true });
        try {
          await rename(tmp, target);
          return;
        } catch (error) {
          // A concurrent delete() of the last sibling may prune the folder
          // between mkdir and rename; recreate it and try again.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 3) throw error;
        }
      }
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /** Removes now-empty folders up to (not including) root, so a deleted "a/b" leaves room for a key "a". */
  async function pruneEmptyParents(file: string, root: string): Promise<void> {
    for (let folder = dirname(file); folder !== root && folder.startsWith(root + sep); folder = dirname(folder)) {
      try {
        await rmdir(folder);
      } catch {
        return; // not empty (or a concurrent call got there first): stop here
      }
    }
  }

  async function walk(folder: string, into: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, into);
      else if (entry.isFile()) into.push(relative(objectsDir, path).split(sep).join('/'));
    }
  }

  return {
    kind: 'local',

    async put(key: string, body: Uint8Array | string, putOptions?: PutOptions): Promise<void> {
      assertValidKey(key);
      const sidecar: Sidecar = { contentType: putOptions?.contentType ?? DEFAULT_CONTENT_TYPE };
      // Body first: get() treats the body file as the object's existence, so a
      // crash in between leaves the new body with the old (or default) type,
      // never a type without its object.
      await writeAtomically(objectPath(key), body);
      await writeAtomically(metaPath(key), JSON.stringify(sidecar));
    },

    async get(key: string): Promise<StoredObject | undefined> {
      assertValidKey(key);
      let body: Buffer;
      try {
        body = await readFile(objectPath(key));
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      return { body, contentType: await readContentType(metaPath(key)), size: body.length };
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key);
      await unlinkIfPresent(objectPath(key));
      await unlinkIfPresent(metaPath(key));
      await pruneEmptyParents(objectPath(key), objectsDir);
      await pruneEmptyParents(metaPath(key), metaDir);
    },

    async list(prefix: string): Promise<string[]> {
      assertValidPrefix(prefix);
      // Walk only the deepest folder the prefix names, then filter the rest of it.
      const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
      const start = folder === '' ? objectsDir : join(objectsDir, ...folder.split('/'));
      const keys: string[] = [];
      await walk(start, keys);
      return keys.filter((key) => key.startsWith(prefix)).sort(compareKeys);
    },

    async ping(): Promise<void> {
      // Proves the folder exists (or can be created) and accepts writes.
      const probe = join(tmpDir, `ping-${randomUUID()}`);
      await mkdir(tmpDir, { recursive: true });
      await writeFile(probe, '');
      await rm(probe, { force: true });
    },

    async close(): Promise<void> {},
  };
}

async function readContentType(path: string): Promise<string> {
  try {
    const sidecar = JSON.parse(await readFile(path, 'utf8')) as Partial<Sidecar>;
    return typeof sidecar.contentType === 'string' ? sidecar.contentType : DEFAULT_CONTENT_TYPE;
  } catch {
    // A missing or damaged sidecar must not make the object itself unreadable.
    return DEFAULT_CONTENT_TYPE;
  }
}

/** unlink, not rm: a folder (key "a" while "a/b" exists) is not an object and must not be removed. */
async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/** ENOENT: no such path; EISDIR: the key names a folder; ENOTDIR: a segment is a file. None is an object. */
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
