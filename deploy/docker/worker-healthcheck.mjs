// The worker has no HTTP listener of its own, so its health is "my queue is
// reachable": a TCP connection to the Redis of REDIS_URL answers PING with
// PONG within the timeout. A worker that cannot reach Redis takes no jobs,
// and restarting it is the right remedy once Redis is back.
import net from 'node:net';
import tls from 'node:tls';

const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const secure = url.protocol === 'rediss:';
const port = Number(url.port || 6379);
const options = { host: url.hostname, port, servername: url.hostname };
const socket = secure ? tls.connect(options) : net.connect(options);
const fail = () => process.exit(1);
socket.setTimeout(4000, fail);
socket.on('error', fail);
socket.once(secure ? 'secureConnect' : 'connect', () => {
  const password = decodeURIComponent(url.password);
  const user = decodeURIComponent(url.username);
  // AUTH first when the URL carries credentials (ACL user or the default user).
  if (password) socket.write(user ? `AUTH ${user} ${password}\r\n` : `AUTH ${password}\r\n`);
  socket.write('PING\r\n');
});
let answer = '';
socket.on('data', (chunk) => {
  answer += chunk;
  if (answer.includes('+PONG')) process.exit(0);
  if (answer.startsWith('-')) fail();
});
