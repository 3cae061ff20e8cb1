/**
 * What every bench gives the runner (`bench/main.ts`): a description for `--help`, and a run that returns
 * printable tables (first row the header) plus the JSON printed under `--json`. Progress lines go to
 * `progress` (stderr), so stdout stays the result. Each bench is one file that exports a `Bench`.
 */
export interface BenchResult {
  /** Tables to print, each with a title; the first row of `rows` is the header. */
  tables: { title: string; rows: string[][] }[];
  /** Lines printed under the tables: what the figures mean, what they were measured on. */
  notes?: string[];
  /** Machine-readable figures. */
  json: unknown;
}

export interface Bench {
  description: string;
  run(progress: (line: string) => void): Promise<BenchResult>;
}

/** Pads a table's columns: the first left-aligned, the rest right-aligned (numbers). */
export function formatTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}
