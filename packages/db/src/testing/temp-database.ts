import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TempDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A throwaway database on a real PostgreSQL server, so each test suite gets
 * an empty schema to migrate and can run in parallel with the others.
 * `baseUrl` points at any database the user may CREATE DATABASE from.
 */
export async function createTempDatabase(baseUrl: string, label = 'test'): Promise<TempDatabase> {
  const name = `anclora_${label}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
