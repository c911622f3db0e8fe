import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '@anclora/config';
import { startServer } from '../start-server.js';

// Test fixture: the real server (same start-up and signal handling as
// `npm start`) plus one slow route, to prove graceful shutdown lets
// in-flight requests finish. Prints "READY <url>" once listening.
const config = loadConfig(process.env, { version: '0.0.0-fixture' });
const { url } = await startServer(config, {
  handleSignals: true,
  configure: (app) => {
    app.get('/test/slow', async () => {
      await sleep(Number(process.env.SLOW_MS ?? 1500));
      return { finished: true };
    });
  },
});
console.log(`READY ${url}`);
