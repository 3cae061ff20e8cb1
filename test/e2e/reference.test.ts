/**
 * The reference corpus end to end, through the CLI as a user runs it. Asserts general properties only
 * (the engine must not know this corpus): one story, citations that resolve, removals listed with reasons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report, RemovalReason } from '../../src/model/schemas.js';
import { REFERENCE, runCli, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
let report: Report;
let md: string;
let html: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const r = await runCli(['run', REFERENCE, '--db', join(dir, 'ref.db'), '--out-dir', join(dir, 'out')]);
  expect(r.code, r.stderr).toBe(0);
  report = Report.parse(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')));
  md = readFileSync(join(dir, 'out', 'report.md'), 'utf8');
  html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
}, 120_000);
afterAll(() => cleanup());

describe('the reference corpus end to end', () => {
  it('puts all five reports in one story', () => {
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0].articles).toHaveLength(5);
  });

  it('resolves every citation of every section to a listed sentence', () => {
    const story = report.stories[0];
    const sentences = new Set(story.articles.flatMap((a) => a.sentences.map((s) => `${a.id}/${s.id}`)));
    const cited = [
      ...story.brief, ...story.disputes, ...story.timeline, ...story.quotes, ...story.claims, ...story.entities,
      ...story.facts.flatMap((f) => f.values), { citations: story.titleCitations ?? [] },
    ].flatMap((x) => x.citations);
    expect(story.titleCitations).toHaveLength(1);
    expect(cited.length).toBeGreaterThan(20);
    for (const c of cited) expect(sentences.has(`${c.articleId}/${c.sentenceId}`), JSON.stringify(c)).toBe(true);
  });

  it('lists removed text with its reason, in the JSON and in the readable reports', () => {
    const removed = report.stories[0].removed;
    expect(removed.length).toBeGreaterThanOrEqual(5);
    for (const r of removed) expect(RemovalReason.options).toContain(r.reason);
    const reasons = new Set(removed.map((r) => r.reason));
    for (const expected of ['caption', 'link-list', 'subheading']) expect(reasons).toContain(expected);
    for (const r of removed.slice(0, 3)) {
      const words = r.text.split(/\s+/).slice(0, 3).join(' ');
      expect(md).toContain(words.replace(/[_*[\]]/g, (c) => `\\${c}`));
    }
    expect(html).toContain('Removed from the articles');
  });

  it('writes a brief, facts with statuses and a coverage matrix over all sources', () => {
    const story = report.stories[0];
    expect(story.brief.length).toBeGreaterThanOrEqual(2);
    expect(story.facts.length).toBeGreaterThan(0);
    expect(story.coverage.sources).toHaveLength(5);
    expect(story.facts.some((f) => f.measure === 'killed')).toBe(true);
  });
});
