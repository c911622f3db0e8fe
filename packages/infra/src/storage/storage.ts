/**
 * Object storage for binary artefacts (screenshots, diff images, exports).
 * Production: any S3-compatible service through the AWS SDK v3; embedded
 * default: a local folder under DATA_DIR. Keys are slash-separated relative
 * paths ("renders/abc/375.png"); a key that is empty, absolute, contains "..",
 * a backslash or a NUL byte is rejected (AppError INVALID_STORAGE_KEY) so a key can
 * never escape the bucket or folder.
 */
export interface StoredObject {
  body: Buffer;
  contentType: string;
  size: number;
}

export interface PutOptions {
  contentType?: string;
}

export interface ObjectStorage {
  readonly kind: 's3' | 'local';
  put(key: string, body: Uint8Array | string, options?: PutOptions): Promise<void>;
  /** The object, or undefined when there is none under that key. */
  get(key: string): Promise<StoredObject | undefined>;
  /** Removes the object; removing an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** Keys under a prefix, sorted. */
  list(prefix: string): Promise<string[]>;
  /** Rejects when the backing service cannot be reached (readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
