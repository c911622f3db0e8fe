import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startS3Server } from '../testing/s3-server.js';
import type { S3TestServer } from '../testing/s3-server.js';
import { createS3Storage } from './s3-storage.js';
import type { S3StorageOptions } from './s3-storage.js';
import { storageContract } from './storage.contract.js';

const storageFor = (server: S3TestServer, overrides: Partial<S3StorageOptions> = {}) =>
  createS3Storage({
    bucket: server.bucket,
    endpoint: server.endpoint,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    forcePathStyle: true,
    ...overrides,
  });

/** A plain SDK client, to check what the adapter stored without going through the adapter. */
const rawClient = (server: S3TestServer): S3Client =>
  new S3Client({
    region: 'us-east-1',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

// One server for the contract; each test gets its own empty bucket on it.
let shared: { server: S3TestServer; client: S3Client } | undefined;

afterAll(async () => {
  shared?.client.destroy();
  await shared?.server.close();
});

storageContract('s3 storage [s3]', async () => {
  if (!shared) {
    const server = await startS3Server();
    shared = { server, client: rawClient(server) };
  }
  const bucket = `contract-${randomUUID()}`;
  await shared.client.send(new CreateBucketCommand({ Bucket: bucket }));
  const storage = storageFor(shared.server, { bucket });
  return { storage, cleanup: () => storage.close() };
});

describe('s3 storage [s3]', () => {
  const servers: { close(): Promise<void> }[] = [];
  const start = async (): Promise<S3TestServer> => {
    const server = await startS3Server();
    servers.push(server);
    return server;
  };

  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  it('lists across pages (more keys than one ListObjectsV2 response holds)', async () => {
    const storage = storageFor(await start());
    const keys = Array.from({ length: 1005 }, (_, i) => `many/${String(i).padStart(4, '0')}`);
    for (let i = 0; i < keys.length; i += 50) await Promise.all(keys.slice(i, i + 50).map((key) => storage.put(key, 'x')));
    await storage.put('other/x', 'x');
    expect(await storage.list('many/')).toEqual(keys);
    expect(await storage.list('')).toHaveLength(1006);
    await storage.close();
  });

  it('stores the content type as object metadata other S3 clients can read', async () => {
    const server = await start();
    const storage = storageFor(server);
    await storage.put('renders/r1/375.png', 'x', { contentType: 'image/png' });
    const client = rawClient(server);
    const head = await client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: 'renders/r1/375.png' }));
    expect(head.ContentType).toBe('image/png');
    expect(head.ContentLength).toBe(1);
    client.destroy();
    await storage.close();
  });

  it('uses a caller-provided client and leaves it open on close', async () => {
    const server = await start();
    const client = rawClient(server);
    const first = createS3Storage({ bucket: server.bucket, client });
    await first.put('shared', 'one');
    await first.close();
    const second = createS3Storage({ bucket: server.bucket, client });
    expect((await second.get('shared'))?.body.toString()).toBe('one');
    client.destroy();
  });

  it('rejects ping when the endpoint is down', async () => {
    const server = await start();
    const storage = storageFor(server);
    await storage.ping();
    await server.close();
    await expect(storage.ping()).rejects.toThrow();
    await storage.close();
  });

  it('rejects ping with an unknown access key', async () => {
    // s3rver does not verify SigV4 signatures, only that the access key exists.
    const storage = storageFor(await start(), { accessKeyId: 'UNKNOWN' });
    await expect(storage.ping()).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    await storage.close();
  });

  it('rejects ping for an unknown bucket, and get() there fails instead of looking empty', async () => {
    const storage = storageFor(await start(), { bucket: 'no-such-bucket' });
    await expect(storage.ping()).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    await expect(storage.get('a')).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await storage.close();
  });

  it('rejects ping within pingTimeoutMs when the endpoint accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    servers.push({
      close: () =>
        new Promise<void>((resolve) => {
          for (const socket of sockets) socket.destroy();
          silent.close(() => resolve());
        }),
    });
    const { port } = silent.address() as AddressInfo;
    const storage = createS3Storage({
      bucket: 'b',
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: 'x',
      secretAccessKey: 'y',
      forcePathStyle: true,
      pingTimeoutMs: 300,
    });
    const started = Date.now();
    await expect(storage.ping()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(sockets.size).toBeGreaterThan(0); // it did connect: the timeout, not a refusal, ended it
    await storage.close();
  });

  it('refuses half a credential pair instead of silently using the default chain', () => {
    expect(() => createS3Storage({ bucket: 'b', accessKeyId: 'only-the-id' })).toThrow(/both accessKeyId and secretAccessKey/);
  });

  it('reports its kind', async () => {
    const storage = createS3Storage({ bucket: 'b', region: 'eu-west-1' });
    expect(storage.kind).toBe('s3');
    await storage.close();
  });
});
