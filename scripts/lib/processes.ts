import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** A child process of a script run: its output goes to a log file, read when something fails. */
export interface Service {
  name: string;
  child: ChildProcess;
  /** Without one, the child's stderr is the script's own (a benchmark shows a server's warnings as they come). */
  logFile?: string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

export function startService(name: string, command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd: string; logFile?: string }): Service {
  const log = options.logFile === undefined ? undefined : createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: log ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'inherit'] });
  if (log) {
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  // A command that cannot start (not installed, no permission) emits 'error' and never 'exit'.
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => {
      const message = `${name} could not start: ${error.message}`;
      if (log) log.write(`${message}\n`);
      else console.error(message);
      resolve(`not started (${error.message})`);
    });
  });
  return { name, child, logFile: options.logFile, exited };
}

export const running = (service: Service): boolean => service.child.pid !== undefined && service.child.exitCode === null && service.child.signalCode === null;

const seeLog = (service: Service): string => (service.logFile ? `; see ${service.logFile}` : '');

/**
 * Polls `probe` until it answers true; fails early when the process has exited, and after `timeoutMs`.
 * `pollMs` bounds how late the answer is seen: what times a start-up asks more often.
 */
export async function waitUntil(service: Service, what: string, probe: () => Promise<boolean>, { timeoutMs = 60_000, pollMs = 100 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!running(service)) throw new Error(`${service.name} exited (${await service.exited}) before ${what}${seeLog(service)}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${service.name}: ${what} not within ${timeoutMs / 1000} s${seeLog(service)}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
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
