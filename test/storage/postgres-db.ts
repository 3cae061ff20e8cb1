/**
 * The PostgreSQL the tests run against, and the backends they run for.
 *
 * - `TRIANGULATE_TEST_PG` names the database to use (CI creates a fresh one per run, see `.ci/run`). Unset,
 *   each test file creates its own fresh database on `postgres://postgres@127.0.0.1:5432/postgres` and
 *   drops it afterwards, so `npm test` works on a developer machine with a local server.
 * - Every test then works in a fresh schema of that database (`freshSchema`), dropped after the test: tests
 *   and test files running in parallel never see each other's rows.
 * - An unreachable server FAILS the PostgreSQL tests, with a message saying what to do. The only way to
 *   leave them out is to narrow the backends on purpose, kysely-style: `TRIANGULATE_TEST_BACKENDS=sqlite`
 *   (a comma-separated list of `sqlite`, `postgres`; default both).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redact } from '../../src/storage/postgres/pool.js';

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

export const ALL_BACKENDS = ['sqlite', 'postgres'] as const;
export type BackendName = (typeof ALL_BACKENDS)[number];

/** The backends this run tests: all, unless `TRIANGULATE_TEST_BACKENDS` narrows them. */
export function testedBackends(): BackendName[] {
  const raw = process.env.TRIANGULATE_TEST_BACKENDS?.trim();
  if (!raw) return [...ALL_BACKENDS];
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(ALL_BACKENDS as readonly string[]).includes(n)) {
      throw new Error(`TRIANGULATE_TEST_BACKENDS: unknown backend "${n}"; valid backends are: ${ALL_BACKENDS.join(', ')}`);
    }
  }
  return names as BackendName[];
}

let database: Promise<{ url: string; drop: () => Promise<void> }> | null = null;

/** The URL of this test file's database (created on first use unless `TRIANGULATE_TEST_PG` names one). */
export async function testDatabaseUrl(): Promise<string> {
  database ??= provision();
  return (await database).url;
}

/** Drops the database `testDatabaseUrl` created, if it created one; call from `afterAll`. */
export async function dropTestDatabase(): Promise<void> {
  if (!database) return;
  const d = database;
  database = null;
  await (await d.catch(() => null))?.drop();
}

async function provision(): Promise<{ url: string; drop: () => Promise<void> }> {
  const given = process.env.TRIANGULATE_TEST_PG;
  if (given) {
    await withClient(given, async (c) => { await c.query('SELECT 1'); });
    return { url: given, drop: async () => {} };
  }
  const name = `triangulate_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(DEFAULT_SERVER, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(DEFAULT_SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(DEFAULT_SERVER, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** A new, empty schema in the test database; `drop` removes it and everything in it. */
export async function freshSchema(): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const url = await testDatabaseUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await withClient(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
  return { url, schema, drop: () => withClient(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => {}) };
}

/** `url` with a `search_path`, as a user would point the CLI at one schema of a shared database. */
export function urlWithSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** Runs `fn` on a one-off connection; a refused connection becomes an error that says what to do. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (cause) {
    const e = cause as { message?: string; code?: string };
    throw new Error(`the PostgreSQL tests cannot reach ${redact(url)} (${e.message || e.code}). Start PostgreSQL there, `
      + 'or set TRIANGULATE_TEST_PG to a database URL, or run only the SQLite tests with TRIANGULATE_TEST_BACKENDS=sqlite', { cause });
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
