import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` diffs src/schema.ts against the committed migrations
// and writes the next SQL file; migrations are reviewed and committed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema.ts',
  out: './packages/db/migrations',
});
