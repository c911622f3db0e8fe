import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** A child process of a test run: its output goes to a log file, read when something fails. */
export interface Service {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

export function startService(name: string, command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string }): Service {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  // A command that cannot start (not installed, no permission) emits 'error' and never 'exit'.
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => {
      log.write(`${name} could not start: ${error.message}\n`);
      resolve(`not started (${error.message})`);
    });
  });
  return { name, child, logFile: options.logFile, exited };
}

export const running = (service: Service): boolean => service.child.pid !== undefined && service.child.exitCode === null && service.child.signalCode === null;

/** Polls `probe` until it answers true; fails early when the process has exited, and after `timeoutMs`. */
export async function waitUntil(service: Service, what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!running(service)) throw new Error(`${service.name} exited (${await service.exited}) before ${what}; see ${service.logFile}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${service.name}: ${what} not within ${timeoutMs / 1000} s; see ${service.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const answers = (url: string, status = 200) => async (): Promise<boolean> => {
  // A process that accepts the connection but never answers must not hold the probe past its deadline.
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await res.body?.cancel();
  return res.status === status;
};

/** SIGTERM, then SIGKILL after `graceMs`: a stop that cannot hang the run. */
export async function stopService(service: Service, graceMs = 10_000): Promise<void> {
  if (!running(service)) return;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}
