/**
 * A dedicated connection for session-level advisory locks (the claims): the server drops them when the
 * connection closes, so a killed worker leaves nothing locked.
 */
import type pg from 'pg';

/** A pooled connection kept for session-level advisory locks; destroyed (not pooled) on any error. */
export class SessionConnection {
  private client: pg.PoolClient | null = null;
  constructor(private readonly pool: pg.Pool) {}

  async query(sql: string, params: unknown[]): Promise<pg.QueryResult> {
    if (!this.client) {
      const c = await this.pool.connect();
      c.on('error', () => {}); // a dropped connection: the next query reports it
      this.client = c;
    }
    const c = this.client;
    try {
      return await c.query(sql, params);
    } catch (e) {
      this.drop();
      throw e;
    }
  }

  /**
   * Releases this session's advisory locks, then closes. The server would release them itself once the
   * connection is gone, but only after its backend exits, a moment after the client has hung up; an
   * explicit unlock makes a graceful close free the claims before `close()` resolves.
   */
  async releaseAll(): Promise<void> {
    if (!this.client) return;
    try {
      await this.client.query('SELECT pg_advisory_unlock_all()');
    } catch {
      // a dead connection holds nothing: the server dropped its locks with it
    }
    this.drop();
  }

  /** Closes the connection; the server releases every lock it held. */
  drop(): void {
    this.client?.release(true);
    this.client = null;
  }
}
