import { ConfigError, loadConfig } from '@anclora/config';
import { startServer } from './start-server.js';
import { version } from './version.js';

// Entry point of the API process (`npm start`). Configuration problems exit
// with code 78 (EX_CONFIG) and a list of what is missing — never the values.
try {
  const config = loadConfig(process.env, { version });
  await startServer(config, { handleSignals: true });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Anclora Render cannot start.\n${error.message}`);
    process.exit(78);
  }
  console.error('Anclora Render failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
}
