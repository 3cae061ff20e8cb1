import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATA_DIR, DataError, REPO_ROOT, UsageError, floorViolations, formatResult, jsonLine, loadDataset, parseEvalArgs,
  sourceFromUrl, type SuiteResult,
} from '../../eval/harness.js';

const SUITES = ['extraction', 'cluster-gva'];

function tempData(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tri-eval-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const result: SuiteResult = {
  suite: 'extraction', size: 2, metrics: { f1: 0.5, pagesPerSecond: 120.25 }, baseline: { f1: 0.75, pagesPerSecond: 80 },
  notes: ['a note'], predictions: [],
};

describe('parseEvalArgs', () => {
  it('reads a suite and its flags, data resolving from the repository root by default', () => {
    const a = parseEvalArgs(['extraction', '--json', '--dump', 'out.jsonl'], SUITES);
    expect(a).toMatchObject({ suite: 'extraction', json: true, checkFloors: false, dataDir: DEFAULT_DATA_DIR });
    expect(a.dump).toMatch(/out\.jsonl$/);
    expect(DEFAULT_DATA_DIR).toBe(join(REPO_ROOT, '..', 'shared', 'datasets'));
  });

  it('names the valid suites when the suite is unknown or missing', () => {
    expect(() => parseEvalArgs(['nope'], SUITES)).toThrow(UsageError);
    expect(() => parseEvalArgs(['nope'], SUITES)).toThrow(/unknown suite "nope" \(valid suites: extraction, cluster-gva/);
    expect(() => parseEvalArgs([], SUITES)).toThrow(/name a suite/);
  });

  it('refuses an unknown flag, a flag without its value and a missing data folder', () => {
    expect(() => parseEvalArgs(['extraction', '--fast'], SUITES)).toThrow(/unknown flag --fast.*--data DIR/);
    expect(() => parseEvalArgs(['extraction', '--dump'], SUITES)).toThrow(/--dump needs a value/);
    expect(() => parseEvalArgs(['extraction', '--data', '/no/such/dir'], SUITES)).toThrow(/no such directory/);
    expect(() => parseEvalArgs(['extraction', '--dump', '/no/such/dir/out.jsonl'], SUITES)).toThrow(/--dump .*no such directory/);
  });
});

describe('loadDataset', () => {
  it('names the file and line of a line that is not JSON', async () => {
    const dir = tempData({ 'gva-incident-facts.jsonl': '{"incident":"1","killed":1,"injured":0}\n{oops\n' });
    await expect(loadDataset(dir, 'gva-incident-facts.jsonl')).rejects.toThrow(/gva-incident-facts\.jsonl line 2: not JSON/);
  });

  it('names the file, line and field of a row of the wrong shape', async () => {
    const dir = tempData({ 'gva-incident-facts.jsonl': '\n{"incident":"1","killed":"one","injured":0}\n' });
    await expect(loadDataset(dir, 'gva-incident-facts.jsonl')).rejects.toThrow(/line 2: field "killed"/);
  });

  it('says which file is missing', async () => {
    await expect(loadDataset(tempData({}), 'extraction.jsonl')).rejects.toThrow(DataError);
    await expect(loadDataset(tempData({}), 'extraction.jsonl')).rejects.toThrow(/extraction\.jsonl: missing data file/);
  });

  it('reads valid rows, skipping blank lines', async () => {
    const dir = tempData({ 'gva-incident-facts.jsonl': '{"incident":"1","killed":1,"injured":0,"city":"X"}\n\n{"incident":"2","killed":0,"injured":2}\n' });
    expect(await loadDataset(dir, 'gva-incident-facts.jsonl')).toEqual([{ incident: '1', killed: 1, injured: 0 }, { incident: '2', killed: 0, injured: 2 }]);
  });
});

describe('sourceFromUrl', () => {
  it('takes the host without www, else unknown', () => {
    expect(sourceFromUrl('https://www.example.com/a/b')).toBe('example.com');
    expect(sourceFromUrl('not a url')).toBe('unknown');
    expect(sourceFromUrl(null)).toBe('unknown');
  });
});

describe('output', () => {
  it('prints ours beside the baseline, and one JSON object with the baseline under the same keys', () => {
    expect(formatResult(result)).toMatch(/f1\s+0\.500\s+0\.750/);
    expect(JSON.parse(jsonLine(result))).toEqual({ suite: 'extraction', size: 2, f1: 0.5, pagesPerSecond: 120.25, baseline: { f1: 0.75, pagesPerSecond: 80 } });
  });

  it('prints a count of 0 or 1 as a whole number, and a share of 1 as a share', () => {
    const counted: SuiteResult = { ...result, metrics: { removals: 1, kept: 0, share: 1 }, baseline: null, counts: ['removals', 'kept'] };
    const table = formatResult(counted);
    expect(table).toMatch(/removals\s+1\s+-/);
    expect(table).toMatch(/kept\s+0\s+-/);
    expect(table).toMatch(/share\s+1\.000\s+-/);
  });

  it('reports each metric below its floor, and a floor on a metric the suite lacks', () => {
    expect(floorViolations(result, { extraction: { f1: 0.4 } })).toEqual([]);
    expect(floorViolations(result, { extraction: { f1: 0.6, recall: 0.1 } })).toEqual([
      'extraction.f1 = 0.5000 is below its floor 0.6',
      'extraction.recall: floor 0.1 pinned but the suite reports no such number',
    ]);
    expect(floorViolations(result, {})).toEqual([]);
  });
});

describe('npm run eval (the command)', () => {
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'eval/main.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('lists every suite with a description on --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    for (const s of ['extraction', 'cluster-ecb', 'cluster-gva', 'casualties', 'counts', 'citations']) expect(r.stdout).toContain(`  ${s}`);
  });

  it('exits 2 on bad usage and 1 on a malformed data file, naming the problem', () => {
    const bad = run('clusters');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown suite "clusters".*cluster-ecb/);
    const dir = tempData({ 'extraction.jsonl': '{"id":"a","url":"http://x","html":"<p>x</p>","articleBody":"x"}\n[1,\n' });
    const malformed = run('extraction', '--data', dir);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/extraction\.jsonl line 2: not JSON/);
  });
});
