import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { CLI, ROOT, runCli, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const STORY_A = [
  'A fire destroyed a furniture warehouse in Elmsford on Tuesday, the county fire department said.',
  'Two firefighters were injured and taken to hospital, fire chief Dana Whitfield said.',
].join('\n');
const STORY_B = [
  'A tornado tore through the town of Millbrook on Tuesday, damaging 40 homes, officials said.',
  'No one was killed, said the county emergency manager, Tom Ashby.',
].join('\n');

describe('triangulate CLI', () => {
  it('prints help and version with exit status 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: triangulate/);
    for (const cmd of ['ingest', 'run', 'stories', 'report']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout).toContain(`triangulate ${cmd}`);
    }
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits with status 2 on a usage error', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['stories', '--no-such-flag'])).code).toBe(2);
    const badFormat = await runCli(['report', '--format', 'pdf', '--db', join(dir, 'x.db')]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/Allowed choices are md, html, json/);
  });

  it('ingests, processes and lists stories; a second run changes nothing', async () => {
    const db = join(dir, 't.db');
    writeFileSync(join(dir, 'a.txt'), STORY_A);
    writeFileSync(join(dir, 'b.txt'), STORY_B);
    const first = await runCli(['run', dir, '--db', db, '--out-dir', join(dir, 'out')]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/ingested 2 new article\(s\), 0 already stored/);
    for (const f of ['report.md', 'report.html', 'report.json']) expect(existsSync(join(dir, 'out', f))).toBe(true);
    const stories = await runCli(['stories', '--db', db]);
    expect(stories.stdout).toMatch(/STORY\s+ARTICLES\s+DATES\s+SOURCES\s+TITLE/);
    expect(stories.stdout.trim().split('\n')).toHaveLength(3);

    const before = await runCli(['report', '--format', 'json', '--db', db]);
    const again = await runCli(['run', dir, '--db', db, '--out-dir', join(dir, 'out')]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/ingested 0 new article\(s\), 2 already stored/);
    const after = await runCli(['report', '--format', 'json', '--db', db]);
    expect(after.stdout).toBe(before.stdout);
  });

  it('reports bad input with the file named, exits 1, and loses nothing already stored', async () => {
    const db = join(dir, 't.db');
    writeFileSync(join(dir, 'good.txt'), STORY_A);
    expect((await runCli(['run', join(dir, 'good.txt'), '--db', db, '--out-dir', join(dir, 'out')])).code).toBe(0);

    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bad.jsonl'), `{"text": "${STORY_B.replace(/\n/g, ' ')}"}\n{oops\n`);
    const r = await runCli(['ingest', join(dir, 'empty.txt'), join(dir, 'bad.jsonl'), join(dir, 'missing.txt'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'empty.txt')}: the file is empty`);
    expect(r.stderr).toContain(`${join(dir, 'bad.jsonl')}:2: not valid JSON`);
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: no such file or folder`);

    const store = new SqliteStore(db);
    expect(await store.counts()).toMatchObject({ articles: 2, pending: 1, stories: 1 });
    await store.close();
  });

  it('ingests and reports non-English text and other-script digits without crashing, and says it is not English', async () => {
    const db = join(dir, 't.db');
    writeFileSync(join(dir, 'uk.txt'), 'Вибух стався вночі в центрі міста. Загинули ٣ людей, ще 12 поранені, повідомили рятувальники.\nРятувальники працюють на місці.');
    const r = await runCli(['run', dir, '--db', db, '--out-dir', join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.stories[0].articles[0].sentences.length).toBe(3);
    expect(report.stories[0].caveats.join(' ')).toMatch(/not in English/);
  });

  it('refuses an article over --max-article-size and a report for an unknown story', async () => {
    const db = join(dir, 't.db');
    writeFileSync(join(dir, 'big.txt'), 'Words of a long article. '.repeat(2000));
    const big = await runCli(['ingest', join(dir, 'big.txt'), '--max-article-size', '10kb', '--db', db]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/over the article size limit/);
    const unknown = await runCli(['report', 'nope', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no story with id "nope"/);
  });

  it('stores each article once when two processes ingest the same folder at once', async () => {
    const db = join(dir, 't.db');
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `n${i}.txt`), `${STORY_A} Report number ${i} of the day.`);
    const [a, b] = await Promise.all([runCli(['ingest', dir, '--db', db]), runCli(['ingest', dir, '--db', db])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const store = new SqliteStore(db);
    expect((await store.counts()).articles).toBe(30);
    await store.close();
  });

  it('leaves the store consistent when the process is killed mid-run', async () => {
    const db = join(dir, 't.db');
    // Enough that the kill lands mid-processing; the resumed run then reports one story of all of them,
    // which is what takes the time (57 s of 60 with 3,000 on a loaded machine).
    const total = 1500;
    const lines = Array.from({ length: total }, (_, i) => JSON.stringify({ text: `${STORY_A} Update ${i}: crews remained at the scene in Elmsford.`, published: '2024-05-01' }));
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n'));
    const child = spawn(process.execPath, [CLI, 'run', join(dir, 'many.jsonl'), '--db', db, '--out-dir', join(dir, 'out')], { cwd: ROOT });
    const closed = new Promise((r) => child.on('close', r));
    // Kill it once processing is under way: some articles processed, some still pending.
    let seen = { processed: 0, pending: 0 };
    for (let i = 0; i < 600 && !(seen.processed > 0 && seen.pending > 0); i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const probe = new SqliteStore(db);
        const c = await probe.counts();
        await probe.close();
        seen = { processed: c.articles - c.pending - c.failed, pending: c.pending };
      } catch {
        /* the file is still being created */
      }
    }
    child.kill('SIGKILL');
    await closed;
    expect(seen.processed).toBeGreaterThan(0);
    expect(seen.pending).toBeGreaterThan(0);

    const store = new SqliteStore(db);
    // Whatever got done is whole: every processed article has its sentences and a story.
    for (const s of await store.listStories()) {
      for (const b of await store.storyArticles(s.id)) {
        expect(b.article.status).toBe('processed');
        expect(b.sentences.length).toBeGreaterThan(0);
      }
    }
    await store.close();
    const resumed = await runCli(['run', join(dir, 'many.jsonl'), '--db', db, '--out-dir', join(dir, 'out')]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const final = new SqliteStore(db);
    expect(await final.counts()).toMatchObject({ articles: total, pending: 0, failed: 0, stories: 1 });
    await final.close();
  }, 180_000);
});
