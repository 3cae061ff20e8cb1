import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleBundle } from '../src/storage/store.js';
import type { CountMention, Extraction, Sentence } from '../src/model/schemas.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const REFERENCE = resolve(ROOT, '../shared/examples/kryvyi-rih');
export const CLI = join(ROOT, 'dist/cli/main.js');

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs the built CLI (as a user would) with a clean environment for the database default. */
export function runCli(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const env = { ...process.env };
    delete env.TRIANGULATE_DB;
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** A count as a test states it: which sentence (by index) of the article it comes from. */
export type CountSpec = Omit<CountMention, 'citation' | 'text'> & { sentence: number };

/** A hand-made article bundle for reconcile and synthesize tests. */
export function bundle(id: string, source: string, published: string | null, sentences: string[],
  counts: CountSpec[] = [], extra: Partial<Extraction> = {}): ArticleBundle {
  let offset = 0;
  const sents: Sentence[] = sentences.map((text, index) => {
    const s = { id: `${id}.s${index}`, articleId: id, index, paragraph: index, start: offset, end: offset + text.length, text };
    offset += text.length + 2;
    return s;
  });
  const extraction: Extraction = {
    counts: counts.map(({ sentence, ...c }) => ({
      ...c, text: sents[sentence].text, citation: { articleId: id, sentenceId: sents[sentence].id },
    })),
    entities: extra.entities ?? [], dates: extra.dates ?? [], quotes: extra.quotes ?? [],
  };
  return {
    article: {
      id, contentHash: id, source, title: null, url: null, published, publishedInferred: false, origin: 'test', format: 'text',
      raw: sentences.join('\n\n'), status: 'processed', note: null, language: 'en', text: sentences.join('\n\n'),
    },
    sentences: sents,
    removals: [],
    extraction,
  };
}

export function count(value: number, measure: string, sentence: number, over: Partial<CountMention> = {}): CountSpec {
  return {
    value, measure, sentence, qualifier: 'exact' as const, subject: 'people', partOf: null, place: null, date: null,
    attribution: null, isClaim: false, ...over,
  };
}
