/**
 * Prepared statements by SQL text, shared by the SQLite store's parts: preparing a statement costs more than
 * running most of them, so each is prepared once per connection.
 */
import type Database from 'better-sqlite3';

export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  /** The statement for `sql`, prepared once. */
  sql(sql: string): Database.Statement {
    return this.prepared(sql, false);
  }

  /** The statement for `sql`, prepared once, answering the first column's value (`pluck`). */
  value(sql: string): Database.Statement {
    return this.prepared(sql, true);
  }

  private prepared(sql: string, pluck: boolean): Database.Statement {
    const key = pluck ? `value:${sql}` : sql;
    let s = this.cache.get(key);
    if (!s) {
      s = pluck ? this.db.prepare(sql).pluck() : this.db.prepare(sql);
      this.cache.set(key, s);
    }
    return s;
  }
}
