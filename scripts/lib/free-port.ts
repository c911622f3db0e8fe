import { readFileSync } from 'node:fs';
import net from 'node:net';

/** Ports this process handed out already: two children of one run never get the same one. */
const handedOut = new Set<number>();

/**
 * The first port of the range the kernel draws outgoing connections' source ports from (Linux's
 * default is 32768–60999). A port from bind(0) lies in that range, so a connection to PostgreSQL or
 * Redis opened between our probe and the child's listen could take it (EADDRINUSE in CI). Ports
 * below the range are only ever taken by a listener.
 */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 11_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * A TCP port free on 127.0.0.1 for a child process to listen on: picked at random below the
 * ephemeral range, checked, and never handed out twice by this process. Another listener could
 * still take it before the child binds it; nothing else can.
 */
export async function freePort(): Promise<number> {
  const low = 10_000;
  const high = ephemeralLow() - 1;
  for (let tries = 0; tries < 100; tries++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port found between ${low} and ${high}`);
}
