import { describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from './index.js';
import { isPgError, PG_ERROR } from './pg-errors.js';
import { baselines } from './schema.js';

describe('isPgError', () => {
  it('finds the code on the error or along its causes, and nowhere else', () => {
    const pg = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(isPgError(pg, PG_ERROR.uniqueViolation)).toBe(true);
    expect(isPgError(new Error('Failed query', { cause: new Error('wrapped', { cause: pg }) }), PG_ERROR.uniqueViolation)).toBe(true);
    expect(isPgError(pg, PG_ERROR.foreignKeyViolation)).toBe(false);
    expect(isPgError(new Error('no code'), PG_ERROR.uniqueViolation)).toBe(false);
    expect(isPgError(undefined, PG_ERROR.uniqueViolation)).toBe(false);
  });

  it('recognises what the embedded database throws through drizzle', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    try {
      await runMigrations(database);
      const missing = '00000000-0000-4000-8000-000000000000';
      const error = await database.primary
        .insert(baselines)
        .values({ componentId: missing, target: 'html-css', viewport: 375, renderId: missing, version: 1, screenshotKey: 'k' })
        .catch((e: unknown) => e);
      expect(isPgError(error, PG_ERROR.foreignKeyViolation)).toBe(true);
      expect(isPgError(error, PG_ERROR.uniqueViolation)).toBe(false);
    } finally {
      await database.close();
    }
  });
});
