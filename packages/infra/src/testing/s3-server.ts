import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface S3TestServer {
  /** e.g. "http://127.0.0.1:40123"; use with forcePathStyle: true (an IP cannot carry a bucket subdomain). */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Stops the server and deletes its files. Safe to call twice. */
  close(): Promise<void>;
}

// Runs inside the child process (CommonJS, plain JavaScript).
const CHILD_SCRIPT = `
const S3rver = require(process.env.S3RVER_MODULE);
const { directory, bucket } = JSON.parse(process.env.S3RVER_CONFIG);
const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
// The parent going away (even by crashing) closes the IPC channel: never outlive it.
process.on('disconnect', () => process.exit(0));
server.run().then(
  ({ port }) => process.send({ port }),
  (error) => { console.error(error); process.exit(1); },
);
`;

const STARTUP_TIMEOUT_MS = 15_000;

/**
 * Starts a throwaway S3-compatible server (s3rver) on 127.0.0.1 with a random
 * free port, one empty bucket and its own temp folder, so tests drive the real
 * AWS SDK over HTTP. For tests only.
 *
 * s3rver runs in a child process started with --openssl-legacy-provider: it
 * encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node
 * 17+) disables by default, so in-process every truncated listing (more than
 * 1000 keys, i.e. any pagination) fails with a 500 InternalError.
 *
 * Caveat: s3rver checks that the access key exists but does not verify SigV4
 * signatures, so a wrong secret key goes unnoticed here.
 */
export async function startS3Server(): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'anclora-s3rver-'));
  const bucket = 'anclora-test';
  let child: ChildProcess;
  let port: number;
  try {
    child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', CHILD_SCRIPT], {
      env: {
        ...process.env,
        // Resolved here because the child has no useful base folder to resolve from.
        S3RVER_MODULE: createRequire(import.meta.url).resolve('s3rver'),
        S3RVER_CONFIG: JSON.stringify({ directory, bucket }),
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    port = await waitForPort(child);
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  // A test that forgets close() must not keep the test process alive; the
  // child still exits with it, through the 'disconnect' handler above.
  child.unref();
  child.channel?.unref();
  (child.stderr as Socket | null)?.unref();

  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    // s3rver's one built-in account.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    close() {
      closing ??= (async () => {
        await stopChild(child);
        await rm(directory, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}

function waitForPort(child: ChildProcess): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    const fail = (reason: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`s3rver did not start: ${reason}${stderr ? `\n${stderr}` : ''}`));
    };
    const timer = setTimeout(() => fail(`no answer within ${STARTUP_TIMEOUT_MS} ms`), STARTUP_TIMEOUT_MS);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited with ${signal ?? `code ${code}`}`));
    child.once('message', (message: { port?: unknown }) => {
      if (typeof message.port !== 'number') return fail(`unexpected message ${JSON.stringify(message)}`);
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(message.port);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The child was unref'd so a forgotten close() cannot hold a test run open; while close() waits
  // for it, it must hold the event loop, or a script with nothing else pending ends mid-close.
  child.ref();
  child.kill('SIGTERM');
  await exited;
}
