/**
 * `npm run bench [-- NAME] [--json]`: speed and memory, beside the corpus size each figure was measured on.
 * Benches: `e2e` (default). Timings vary with the machine: they are printed, never asserted in tests.
 * Exit 0 ok, 1 a run failed, 2 bad usage.
 */
import { DataError, UsageError } from '../eval/harness.js';
import { benchE2e } from './e2e.js';

const BENCHES: Record<string, { description: string }> = {
  e2e: { description: 'ingest + processing on a temp-file SQLite store: articles/s and peak RSS per corpus size' },
};

function parse(argv: string[]): { name: string; json: boolean; help: boolean } {
  const out = { name: 'e2e', json: false, help: false };
  let named = false;
  const valid = `valid benches: ${Object.keys(BENCHES).join(', ')}; flags: --json, --help`;
  for (const a of argv) {
    if (a === '--json') out.json = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown flag ${a} (${valid})`);
    else if (named) throw new UsageError(`one bench at a time (${valid})`);
    else if (!(a in BENCHES)) throw new UsageError(`unknown bench "${a}" (${valid})`);
    else { out.name = a; named = true; }
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const args = parse(argv);
  if (args.help) {
    console.log(['usage: npm run bench [-- NAME] [--json]', '', 'benches:',
      ...Object.entries(BENCHES).map(([n, b]) => `  ${n}  ${b.description}`)].join('\n'));
    return;
  }
  const rows = await benchE2e((line) => process.stderr.write(`${line}\n`));
  const table = [
    ['corpus', 'articles', 'seconds', 'articles/s', 'peak RSS MB'],
    ...rows.map((r) => [r.corpus, String(r.articles), r.seconds.toFixed(1), r.articlesPerSecond.toFixed(1), String(r.peakRssMb)]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log(`${args.name}:`);
  for (const row of table) console.log(`  ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`);
  console.log('  note: peak RSS is per child process (one per corpus size): Node, tsx, the engine and the corpus rows included');
  if (args.json) console.log(JSON.stringify({ bench: args.name, runs: rows }));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? (e instanceof UsageError || e instanceof DataError ? e.message : (e.stack ?? e.message)) : String(e)}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
});
