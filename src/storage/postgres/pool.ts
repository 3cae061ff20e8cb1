/**
 * Connecting, migrating and running transactions on a `pg.Pool`. A transaction always holds ONE pooled
 * client from BEGIN to COMMIT/ROLLBACK: statements sent through the pool itself may land on any connection.
 */
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from './migrations.js';

export interface PostgresOptions {
  /** Schema holding the tables (created if missing); default: the server's `search_path`. */
  schema?: string;
}

/** A plain lower-case identifier: it is written unquoted into `search_path` and `CREATE SCHEMA`. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Advisory-lock class for migrations (an arbitrary constant: "tr"); the second key is the schema. */
const MIGRATION_LOCK_CLASS = 0x7472;

/** SQLSTATEs after which the whole transaction can simply run again: deadlock, serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 3;

/** Opens a pool on `url`, checks the server answers, and brings the schema up to the latest migration. */
export async function openPool(url: string, options: PostgresOptions): Promise<pg.Pool> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`PostgreSQL schema "${options.schema}": a schema name is 1-63 characters of a-z, 0-9 and _, not starting with a digit`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    // Set at connection start-up, so every pooled client sees the schema before its first statement.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client whose connection drops emits 'error' on the pool; unhandled, it would kill the process.
  // The pool discards that client, and the next query reports its own error to its caller.
  pool.on('error', () => {});
  try {
    await migrate(pool, options.schema);
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new Error(`cannot open the PostgreSQL database ${redact(url)}: ${reason(cause)}`, { cause });
  }
  return pool;
}

/**
 * Applies the missing migrations in one transaction. The advisory lock makes a second process that opens
 * the same fresh database at the same moment wait, then find every migration applied.
 */
async function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  await transaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1::int, hashtext(coalesce($2::text, current_schema(), \'\')))', [MIGRATION_LOCK_CLASS, schema ?? null]);
    if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await c.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const m of POSTGRES_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
  });
}

/**
 * Runs `fn` in a transaction on one client: COMMIT if it returns, ROLLBACK if it throws. A deadlock or
 * serialization failure rolls back everything, so the transaction is simply run again (a few times).
 */
export async function transaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // A client that cannot even roll back is unusable: destroy it instead of returning it to the pool.
      await client.query('ROLLBACK').catch(() => { broken = true; });
      if (attempt < MAX_ATTEMPTS && RETRYABLE.has((err as { code?: string }).code ?? '')) continue;
      throw err;
    } finally {
      client.release(broken);
    }
  }
}

/** The URL without its password, fit for an error message. */
export function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

/** A connection error's words: Node reports a refused localhost as an AggregateError with no message. */
function reason(err: unknown): string {
  const e = err as { message?: string; code?: string; errors?: { message?: string }[] };
  return e.message || e.errors?.[0]?.message || e.code || String(err);
}
