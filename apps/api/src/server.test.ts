import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

interface Proc {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

function run(script: string, env: Record<string, string>): Proc {
  const child = spawn(tsx, [path.join(root, script)], {
    cwd: root,
    // Only what the test passes: no inherited DATABASE_URL etc.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc: Proc = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout!.on('data', (d: Buffer) => (proc.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (proc.stderr += d.toString()));
  return proc;
}

async function waitForReady(proc: Proc, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /READY (http:\/\/\S+)/.exec(proc.stdout) ?? /listening on (http:\/\/[^"\s]+)/.exec(proc.stdout);
    if (match) return match[1]!;
    if (proc.child.exitCode !== null) throw new Error(`exited early: ${proc.stderr}${proc.stdout}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not ready after ${timeoutMs} ms: ${proc.stderr}`);
}

describe('the server process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'anclora-proc-'));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('refuses to start in production without secrets, exits non-zero and names each missing variable', async () => {
    const proc = run('apps/api/src/server.ts', { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:hunter2-secret@db/x' });
    const code = await proc.exited;
    expect(code).toBe(78);
    for (const name of ['JWT_SECRET', 'REDIS_URL', 'S3_BUCKET', 'TRUST_PROXY', 'PREVIEW_ORIGIN']) expect(proc.stderr).toContain(name);
    expect(proc.stderr).not.toContain('DATABASE_URL is required');
    expect(proc.stderr + proc.stdout).not.toContain('hunter2-secret');
  });

  it('finishes an in-flight request on SIGTERM, refuses new ones, and exits 0', async () => {
    const proc = run('apps/api/src/testing/slow-server.ts', {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      SLOW_MS: '1500',
    });
    const url = await waitForReady(proc);
    const slow = fetch(`${url}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await new Promise((r) => setTimeout(r, 300));
    proc.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    // A new connection after SIGTERM is refused (the listener is closed).
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    expect(await slow).toEqual({ status: 200, body: { finished: true } });
    expect(await proc.exited).toBe(0);
  });

  it('keeps data across restarts in DATA_DIR on the embedded database', async () => {
    const env = { NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir };
    const credentials = { email: 'persist@example.com', password: 'persisted-password' };
    const first = run('apps/api/src/testing/slow-server.ts', env);
    const url1 = await waitForReady(first);
    const registered = await fetch(`${url1}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    expect(registered.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = run('apps/api/src/testing/slow-server.ts', env);
    const url2 = await waitForReady(second);
    try {
      const login = await fetch(`${url2}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      });
      expect(login.status).toBe(200);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
