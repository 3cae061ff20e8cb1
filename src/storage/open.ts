import type { Store } from './store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/**
 * Opens the store a `--db` value (or `TRIANGULATE_DB`) names: a `postgres://` or `postgresql://` URL is a
 * PostgreSQL database, shared by several workers; anything else is a SQLite file path.
 */
export async function openStore(db: string): Promise<Store> {
  if (POSTGRES_URL.test(db)) return PostgresStore.open(db);
  return new SqliteStore(db);
}
