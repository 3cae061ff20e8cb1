/**
 * The built CLI on a PostgreSQL database (`npm run build` first). The database is this file's test
 * database (see `test/storage/postgres-db.ts`); the CLI works in a fresh schema of it, named in the URL
 * (`?options=-c search_path=…`) as a user sharing one database between several datasets would.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { dropTestDatabase, freshSchema, testedBackends, urlWithSchema } from '../storage/postgres-db.js';

afterAll(dropTestDatabase);

const ARTICLES = {
  'a.txt': 'A fire destroyed a furniture warehouse in Elmsford on Tuesday, the county fire department said.\n'
    + 'Two firefighters were injured and taken to hospital, fire chief Dana Whitfield said.',
  'b.txt': 'Firefighters fought a blaze at an Elmsford furniture warehouse on Tuesday; two of them were hurt, the fire department said.\n'
    + 'Fire chief Dana Whitfield said the warehouse was destroyed.',
  'c.txt': 'A tornado tore through the town of Millbrook on Tuesday, damaging 40 homes, officials said.\n'
    + 'No one was killed, said the county emergency manager, Tom Ashby.',
};

describe.runIf(testedBackends().includes('postgres'))('triangulate CLI on PostgreSQL', () => {
  let dir: string;
  let cleanup: () => void;
  let db: string;
  let dropSchema: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    const { url, schema, drop } = await freshSchema();
    db = urlWithSchema(url, schema);
    dropSchema = drop;
  });
  afterEach(async () => {
    cleanup();
    await dropSchema?.();
  });

  it('runs, lists the stories, and ingests nothing new the second time', async () => {
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    tempWrite(input, ARTICLES);
    const first = await runCli(['run', input, '--db', db, '--out-dir', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/ingested 3 new article\(s\), 0 already stored/);

    const again = await runCli(['run', input, '--db', db, '--out-dir', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/ingested 0 new article\(s\), 3 already stored/);

    const stories = await runCli(['stories', '--db', db, '--json']);
    expect(stories.code, stories.stderr).toBe(0);
    const list = JSON.parse(stories.stdout) as { articleCount: number }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.reduce((n, s) => n + s.articleCount, 0)).toBe(3);
    const table = await runCli(['stories', '--db', db]);
    expect(table.stdout).toMatch(/STORY\s+ARTICLES\s+DATES\s+SOURCES\s+TITLE/);
  });
});

function tempWrite(folder: string, files: Record<string, string>): void {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
}
