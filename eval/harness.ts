/**
 * The small harness every eval suite (and the bench) shares: argument parsing, dataset loading (JSONL,
 * streamed and validated line by line), readable and JSON output, the prediction dump, the pinned quality
 * floors, and running a measured function in a child process so its peak RSS is its own.
 *
 * Errors: bad usage throws `UsageError` (exit 2), a missing or malformed data file `DataError` (exit 1),
 * each naming the file, the line where there is one, and what is valid.
 */
import { fork } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: defaults resolve from here, never from the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/datasets');
/** The five reference articles the demo runs on (`.txt` files). */
export const REFERENCE_CORPUS = resolve(REPO_ROOT, '../shared/examples/kryvyi-rih');
export const FLOORS_FILE = join(REPO_ROOT, 'eval', 'floors.json');

export class UsageError extends Error {}
export class DataError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Arguments.

export interface EvalArgs {
  suite: string | null;
  dataDir: string;
  json: boolean;
  dump: string | null;
  checkFloors: boolean;
  help: boolean;
}

export const EVAL_FLAGS = '--data DIR, --json, --dump FILE, --check-floors, --help';

/** Parses `SUITE [--data DIR] [--json] [--dump FILE] [--check-floors]`; `suites` are the valid names. */
export function parseEvalArgs(argv: readonly string[], suites: readonly string[]): EvalArgs {
  const args: EvalArgs = { suite: null, dataDir: DEFAULT_DATA_DIR, json: false, dump: null, checkFloors: false, help: false };
  const valid = `valid suites: ${suites.join(', ')}; flags: ${EVAL_FLAGS}`;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value (${valid})`);
      return v;
    };
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--json') args.json = true;
    else if (a === '--check-floors') args.checkFloors = true;
    else if (a === '--data') args.dataDir = resolve(value());
    else if (a === '--dump') args.dump = resolve(value());
    else if (a.startsWith('-')) throw new UsageError(`unknown flag ${a} (${valid})`);
    else if (args.suite !== null) throw new UsageError(`one suite at a time: got ${args.suite} and ${a} (${valid})`);
    else if (!suites.includes(a)) throw new UsageError(`unknown suite "${a}" (${valid})`);
    else args.suite = a;
  }
  if (!args.help && args.suite === null) throw new UsageError(`name a suite (${valid})`);
  if (!args.help && !existsSync(args.dataDir)) throw new UsageError(`--data ${args.dataDir}: no such directory`);
  // Checked now, not after a long run: the dump is written at the end.
  if (args.dump !== null && !existsSync(dirname(args.dump))) throw new UsageError(`--dump ${args.dump}: no such directory ${dirname(args.dump)}`);
  return args;
}

// ---------------------------------------------------------------------------------------------------
// Datasets: one schema per file, input fields and gold alike (suites hand the engine input fields only).

const Id = z.string().min(1);
export const DATASETS = {
  'extraction.jsonl': z.object({ id: Id, url: z.string(), html: z.string(), articleBody: z.string() }),
  'ecbplus-clusters.jsonl': z.object({
    id: Id, gold: z.string(), title: z.string().nullable(), text: z.string(), url: z.string().nullable(),
  }),
  'gva-incidents.jsonl': z.object({
    id: Id, gold: z.string(), title: z.string().nullable(), text: z.string(),
    published: z.string().nullable(), url: z.string().nullable(),
  }),
  'gva-incident-facts.jsonl': z.object({
    incident: z.string(), killed: z.number().int().nonnegative(), injured: z.number().int().nonnegative(),
  }),
} as const;
export type DatasetFile = keyof typeof DATASETS;
export type Row<F extends DatasetFile> = z.infer<(typeof DATASETS)[F]>;

/** Streams a dataset file row by row, validating each; a bad line raises `DataError` naming file and line. */
export async function* streamDataset<F extends DatasetFile>(dataDir: string, file: F): AsyncGenerator<Row<F>> {
  yield* streamRows(dataDir, file, DATASETS[file] as unknown as z.ZodType<Row<F>>);
}

/** Streams any JSONL file of the data folder with its own schema (suites whose files the table above does not list). */
export async function* streamRows<T>(dataDir: string, file: string, schema: z.ZodType<T>): AsyncGenerator<T> {
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new DataError(`${path}: missing data file (--data points at a folder holding ${file})`);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new DataError(`${path} line ${n}: not JSON (${(cause as Error).message})`, { cause });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataError(`${path} line ${n}: field "${issue.path.join('.')}": ${issue.message}`);
    }
    yield parsed.data;
  }
}

/** All rows of a JSONL file of the data folder, validated with `schema`; an empty file is an error. */
export async function loadRows<T>(dataDir: string, file: string, schema: z.ZodType<T>): Promise<T[]> {
  const rows: T[] = [];
  for await (const row of streamRows(dataDir, file, schema)) rows.push(row);
  if (rows.length === 0) throw new DataError(`${join(dataDir, file)}: no rows`);
  return rows;
}

export async function loadDataset<F extends DatasetFile>(dataDir: string, file: F): Promise<Row<F>[]> {
  const rows: Row<F>[] = [];
  for await (const row of streamDataset(dataDir, file)) rows.push(row);
  if (rows.length === 0) throw new DataError(`${join(dataDir, file)}: no rows`);
  return rows;
}

/** A publisher name from a URL's host (`www.` dropped), else `unknown`. */
export function sourceFromUrl(url: string | null | undefined): string {
  if (!url) return 'unknown';
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The engine's view of a news row: input fields only (never `id`, `gold`, `topic`). */
export function newsInput(row: { title: string | null; text: string; url: string | null; published?: string | null }) {
  return {
    text: row.text,
    title: row.title ?? undefined,
    url: row.url ?? undefined,
    published: row.published ?? undefined,
    source: sourceFromUrl(row.url),
  };
}

// ---------------------------------------------------------------------------------------------------
// Results, output, dump, floors.

export type Metrics = Record<string, number | string | null>;

export interface SuiteResult {
  suite: string;
  /** Items scored. */
  size: number;
  metrics: Metrics;
  /** The baseline's figures under the same keys; null when the suite has no baseline. */
  baseline: Metrics | null;
  /** Lines printed under the table: how the baseline was set, caveats, engine failures. */
  notes: string[];
  /** One row per item for `--dump`: its `id`, what the engine predicted, the baseline under `baseline`. */
  predictions: ({ id: string } & Record<string, unknown>)[];
  /** A listing for review (e.g. every removal): `lines` printed under the table, `json` under `listing` in `--json`. */
  listing?: { lines: string[]; json: unknown };
  /** Metrics that are counts, printed as whole numbers even when 0 or 1 (every other value in 0–1 is a share). */
  counts?: string[];
}

export interface SuiteContext {
  dataDir: string;
  /** Progress, to stderr, so stdout stays the result. */
  progress(line: string): void;
}

export interface Suite {
  name: string;
  description: string;
  run(ctx: SuiteContext): Promise<SuiteResult>;
}

function formatValue(v: number | string | null | undefined, isCount = false): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'string') return v;
  // Shares and scores (0–1) to three places; counts as integers; rates and sizes to one place.
  if (isCount && Number.isInteger(v)) return String(v);
  if (Math.abs(v) <= 1) return v.toFixed(3);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** The readable table: one row per metric, ours beside the baseline. */
export function formatResult(r: SuiteResult): string {
  const keys = Object.keys(r.metrics);
  for (const k of Object.keys(r.baseline ?? {})) if (!keys.includes(k)) keys.push(k);
  const width = Math.max(...keys.map((k) => k.length), 6);
  const lines = [`${r.suite}: ${r.size} items`, `  ${'metric'.padEnd(width)}  ${'ours'.padStart(10)}  ${'baseline'.padStart(10)}`];
  for (const k of keys) {
    const isCount = r.counts?.includes(k) ?? false;
    lines.push(`  ${k.padEnd(width)}  ${formatValue(r.metrics[k], isCount).padStart(10)}  ${formatValue(r.baseline ? r.baseline[k] : null, isCount).padStart(10)}`);
  }
  for (const n of r.notes) lines.push(`  note: ${n}`);
  if (r.listing) lines.push(...r.listing.lines.map((l) => `  ${l}`));
  return lines.join('\n');
}

/** The one JSON object of `--json`: suite, size, each metric under its name, the baseline under `baseline`. */
export function jsonLine(r: SuiteResult): string {
  return JSON.stringify({ suite: r.suite, size: r.size, ...r.metrics, baseline: r.baseline, ...(r.listing ? { listing: r.listing.json } : {}) });
}

export function writeDump(path: string, rows: SuiteResult['predictions']): void {
  try {
    writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
  } catch (cause) {
    throw new UsageError(`--dump ${path}: cannot write (${(cause as Error).message})`, { cause });
  }
}

const Floors = z.record(z.string(), z.record(z.string(), z.number()));
export type Floors = z.infer<typeof Floors>;

export function readFloors(path = FLOORS_FILE): Floors {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new DataError(`${path}: cannot read the floors (${(cause as Error).message})`, { cause });
  }
  const parsed = Floors.safeParse(value);
  if (!parsed.success) throw new DataError(`${path}: expected { "<suite>": { "<metric>": <lowest allowed number> } }`);
  return parsed.data;
}

/** Metrics below their pinned floor, as messages; empty when all hold (or none are pinned). */
export function floorViolations(r: SuiteResult, floors: Floors): string[] {
  const out: string[] = [];
  for (const [metric, floor] of Object.entries(floors[r.suite] ?? {})) {
    const v = r.metrics[metric];
    if (typeof v !== 'number') out.push(`${r.suite}.${metric}: floor ${floor} pinned but the suite reports no such number`);
    else if (v < floor) out.push(`${r.suite}.${metric} = ${v.toFixed(4)} is below its floor ${floor}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Measuring.

export function seconds(startNs: bigint): number {
  return Number(process.hrtime.bigint() - startNs) / 1e9;
}

/** Peak resident set of this process so far, MB (`maxRSS` is in kilobytes). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export interface ChildResult<T> { value: T; peakRssMb: number }

const CHILD = join(REPO_ROOT, 'eval', 'child.ts');

/**
 * Runs `fn(arg)` exported by `modulePath` in a fresh child process and returns its value with the child's
 * peak RSS, so each measured system's memory is its own (`maxRSS` is process-wide). The child inherits
 * the tsx loader through `execArgv`; values travel by structured clone.
 */
export function runInChild<T>(modulePath: string, fn: string, arg: unknown): Promise<ChildResult<T>> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(CHILD, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.on('message', (m: { ok: true; value: T; peakRssMb: number } | { ok: false; error: string }) => {
      settled = true;
      if (m.ok) resolvePromise({ value: m.value, peakRssMb: m.peakRssMb });
      else reject(new Error(`${fn} in ${modulePath} failed in its child process: ${m.error}`));
    });
    child.on('error', (e) => { if (!settled) { settled = true; reject(e); } });
    child.on('exit', (code, signal) => {
      if (!settled) { settled = true; reject(new Error(`${fn} child process exited (code ${code}, signal ${signal}) without a result`)); }
    });
    child.send({ modulePath, fn, arg });
  });
}
