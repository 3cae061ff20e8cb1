/**
 * `npm run bench [-- NAME] [--json]`: speed and memory, beside the corpus size each figure was measured on.
 * Each bench is one file exporting a `Bench` (see `registry.ts`), listed in `BENCHES`. Timings vary with the
 * machine: they are printed, never asserted in tests. Exit 0 ok, 1 a run failed, 2 bad usage.
 */
import { DataError, UsageError } from '../eval/harness.js';
import { apiBench } from './api.js';
import { cleanBench } from './clean.js';
import { clusterBench } from './cluster.js';
import { e2eBench } from './e2e.js';
import { extractBench } from './extract.js';
import { formatTable, type Bench } from './registry.js';
import { workersBench } from './workers.js';

const BENCHES: Record<string, Bench> = {
  e2e: e2eBench,
  extract: extractBench,
  api: apiBench,
  clean: cleanBench,
  cluster: clusterBench,
  workers: workersBench,
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
  const result = await BENCHES[args.name].run((line) => process.stderr.write(`${line}\n`));
  console.log(`${args.name}:`);
  for (const table of result.tables) {
    console.log(`  ${table.title}`);
    for (const line of formatTable(table.rows)) console.log(`    ${line}`);
  }
  for (const note of result.notes ?? []) console.log(`  note: ${note}`);
  if (args.json) console.log(JSON.stringify({ bench: args.name, ...(result.json as object) }));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? (e instanceof UsageError || e instanceof DataError ? e.message : (e.stack ?? e.message)) : String(e)}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
});
