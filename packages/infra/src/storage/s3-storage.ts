import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { assertValidKey, assertValidPrefix, compareKeys } from './object-key.js';
import type { ObjectStorage, PutOptions, StoredObject } from './storage.js';

export interface S3StorageOptions {
  bucket: string;
  /** Default 'us-east-1'; most S3-compatible servers ignore it but the signature needs one. */
  region?: string;
  /** For S3-compatible services (MinIO, R2, s3rver…); omit for AWS. */
  endpoint?: string;
  /** Both or neither; without them the SDK's default credential chain applies. */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (endpoint/bucket/key); needed by most S3-compatible servers and by IP endpoints. */
  forcePathStyle?: boolean;
  /**
   * A preconfigured client; the options above except bucket are then ignored,
   * and close() leaves the client alone because the caller owns it.
   */
  client?: S3Client;
  /** ping() rejects after this long, so a readiness check on a hung endpoint fails instead of hanging. Default 5000 ms. */
  pingTimeoutMs?: number;
}

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** The production object store: any S3-compatible service through the AWS SDK v3. */
export function createS3Storage(options: S3StorageOptions): ObjectStorage {
  const { bucket, pingTimeoutMs = 5000 } = options;
  const ownsClient = options.client === undefined;
  const client = options.client ?? createClient(options);

  return {
    kind: 's3',

    async put(key: string, body: Uint8Array | string, putOptions?: PutOptions): Promise<void> {
      assertValidKey(key);
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          // A Buffer, not a string or stream: the SDK then knows the length
          // up front and sends a plain body rather than a chunked upload.
          Body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
          ContentType: putOptions?.contentType ?? DEFAULT_CONTENT_TYPE,
        }),
      );
    },

    async get(key: string): Promise<StoredObject | undefined> {
      assertValidKey(key);
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
        const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        return { body, contentType: response.ContentType ?? DEFAULT_CONTENT_TYPE, size: body.length };
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key);
      // S3 answers 204 for an absent key too, so this is idempotent as the contract asks.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async list(prefix: string): Promise<string[]> {
      assertValidPrefix(prefix);
      const keys: string[] = [];
      let continuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            ...(prefix === '' ? {} : { Prefix: prefix }),
            ...(continuationToken === undefined ? {} : { ContinuationToken: continuationToken }),
          }),
        );
        for (const object of page.Contents ?? []) if (object.Key !== undefined) keys.push(object.Key);
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken !== undefined);
      // S3 returns each page sorted; sorting again keeps the order guaranteed
      // for servers that are less strict about it.
      return keys.sort(compareKeys);
    },

    async ping(): Promise<void> {
      // HeadBucket proves reachability, credentials and the bucket in one cheap call.
      await client.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal: AbortSignal.timeout(pingTimeoutMs) });
    },

    async close(): Promise<void> {
      if (ownsClient) client.destroy();
    },
  };
}

function createClient(options: S3StorageOptions): S3Client {
  const { accessKeyId, secretAccessKey } = options;
  // One without the other would silently fall back to the default credential chain.
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    throw new TypeError('S3 storage needs both accessKeyId and secretAccessKey, or neither.');
  }
  return new S3Client({
    region: options.region ?? 'us-east-1',
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.forcePathStyle === undefined ? {} : { forcePathStyle: options.forcePathStyle }),
    ...(accessKeyId !== undefined && secretAccessKey !== undefined ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    // Since 3.729 the SDK adds a CRC32 checksum to every upload and asks for
    // checksums on every download ("WHEN_SUPPORTED"). Many S3-compatible
    // servers predate that: some reject the x-amz-checksum-* /
    // x-amz-sdk-checksum-algorithm headers, and others (s3rver, for one)
    // accept a streamed upload sent as aws-chunked with a checksum trailer
    // but store the chunk framing as the object's bytes. WHEN_REQUIRED
    // restores the pre-3.729 behaviour; our Buffer bodies stay covered by the
    // SHA-256 payload hash that SigV4 signs.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

function isNotFound(error: unknown): boolean {
  // Duck-typed rather than instanceof S3ServiceException, so a caller-provided
  // client from another copy of the SDK is recognised too.
  const { name, $metadata } = (error ?? {}) as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  // A missing bucket is also a 404, but that is misconfiguration, not an absent object.
  if (name === 'NoSuchBucket') return false;
  return name === 'NoSuchKey' || $metadata?.httpStatusCode === 404;
}
