import { loadConfig } from '@anclora/config';
import { migrateFromConfig, openDatabaseFromConfig } from './open-from-config.js';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the
// embedded PGlite under DATA_DIR when no URL is set.
const config = loadConfig();
const database = await openDatabaseFromConfig(config);
try {
  await migrateFromConfig(database, config);
  console.log(`migrations applied (${database.kind})`);
} finally {
  await database.close();
}
