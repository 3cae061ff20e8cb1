/**
 * The stores every backend-looping test runs against: SQLite in a new temporary file, PostgreSQL in a new
 * schema of the test database (`postgres-db.ts`), narrowed by `TRIANGULATE_TEST_BACKENDS`.
 */
import { join } from 'node:path';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../../src/storage/store.js';
import { tempDir } from '../helpers.js';
import { freshSchema, testedBackends, type BackendName } from './postgres-db.js';

export interface Backend {
  name: BackendName;
  /**
   * A fresh, empty store; `another` opens a further store on the same database (as another process would);
   * `dispose` closes the first (the caller closes the others) and removes what they stored.
   */
  open: () => Promise<{ store: Store; another: () => Promise<Store>; dispose: () => Promise<void> }>;
}

const ALL: Backend[] = [
  {
    name: 'sqlite',
    open: async () => {
      const { dir, cleanup } = tempDir();
      const store = new SqliteStore(join(dir, 'test.db'));
      return { store, another: async () => new SqliteStore(join(dir, 'test.db')), dispose: async () => { await store.close(); cleanup(); } };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const { url, schema, drop } = await freshSchema();
      const store = await PostgresStore.open(url, { schema });
      return { store, another: () => PostgresStore.open(url, { schema }), dispose: async () => { await store.close(); await drop(); } };
    },
  },
];

/** The backends this run tests. */
export function storeBackends(): Backend[] {
  return ALL.filter((b) => testedBackends().includes(b.name));
}
