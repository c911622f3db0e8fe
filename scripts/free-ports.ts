/**
 * `tsx scripts/free-ports.ts N`: prints N distinct free ports on 127.0.0.1, one line, for shell
 * scripts that start servers (scripts/ci-monitoring.sh); the same choice as scripts/lib/free-port.ts.
 */
import { freePort } from './lib/free-port.js';

const count = Number(process.argv[2] ?? '1');
if (!Number.isInteger(count) || count < 1 || count > 100) {
  console.error(`usage: tsx scripts/free-ports.ts N (1-100), got ${process.argv[2]}`);
  process.exit(2);
}
const ports: number[] = [];
for (let i = 0; i < count; i++) ports.push(await freePort());
console.log(ports.join(' '));
