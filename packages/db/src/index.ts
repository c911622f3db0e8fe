export * as schema from './schema.js';
export type { User, NewUser, Session, NewSession } from './schema.js';
export { openDatabase, type Database, type DatabaseOptions, type Db, type Tx, type Executor, type PoolStats } from './database.js';
export { runMigrations, defaultMigrationsFolder } from './migrate.js';
export { usersRepository, type PublicUser } from './repositories/users-repository.js';
export { sessionsRepository } from './repositories/sessions-repository.js';
export { openDatabaseFromConfig, migrateFromConfig } from './open-from-config.js';
export { createTempDatabase, type TempDatabase } from './testing/temp-database.js';
