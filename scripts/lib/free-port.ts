import net from 'node:net';

/**
 * A TCP port that was free on 127.0.0.1 a moment ago: the OS picks it, we
 * release it and hand it to a child process. Another process could take it in
 * between; on a test machine that race is rare enough to accept.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
