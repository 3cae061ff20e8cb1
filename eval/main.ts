/**
 * `npm run eval -- SUITE [--data DIR] [--json] [--dump FILE] [--check-floors] [--seed N]`: measures one part of the
 * engine on a public dataset, beside a simple baseline run in the same process (see each suite's file).
 * Readable table on stdout; `--json` adds one JSON object as the last line. Exit 0 ok, 1 data file or
 * engine error or a floor broken, 2 bad usage.
 */
import { casualtiesSuite } from './casualties.js';
import { citationsSuite } from './citations.js';
import { cleanReferenceSuite } from './clean-reference.js';
import { clusterEcbSuite, clusterGvaSuite } from './cluster.js';
import { countsSuite } from './counts.js';
import { extractionSuite } from './extraction.js';
import { SEED_FLAG, intrudersSuite, takeSeedFlag } from './intruders.js';
import { quotesSuite } from './quotes.js';
import { slotsSuite } from './slots.js';
import {
  DEFAULT_DATA_DIR, FLOORS_FILE, UsageError, DataError, floorViolations, formatResult, jsonLine, parseEvalArgs,
  readFloors, writeDump, type Suite,
} from './harness.js';

export const SUITES: readonly Suite[] = [extractionSuite, clusterEcbSuite, clusterGvaSuite, casualtiesSuite, countsSuite, citationsSuite, intrudersSuite(), quotesSuite, slotsSuite, cleanReferenceSuite];

function help(): string {
  const width = Math.max(...SUITES.map((s) => s.name.length));
  return [
    'usage: npm run eval -- SUITE [--data DIR] [--json] [--dump FILE] [--check-floors] [--seed N]',
    '',
    'suites:',
    ...SUITES.map((s) => `  ${s.name.padEnd(width)}  ${s.description}`),
    '',
    'flags:',
    `  --data DIR       folder holding the dataset files (default ${DEFAULT_DATA_DIR})`,
    '  --json           also print one JSON object (suite, size, metrics, baseline) as the last line',
    '  --dump FILE      write raw predictions as JSONL: each item\'s id, ours, and the baseline\'s',
    `  --check-floors   exit 1 when a metric falls below its floor in ${FLOORS_FILE}`,
    `  ${SEED_FLAG} N         intruders only: the seed of its generated corpus (default 1)`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  // `--seed N` is the seeded `intruders` suite's own flag; the shared parser knows only the common ones.
  const { seed, rest } = takeSeedFlag(argv);
  const args = parseEvalArgs(rest, SUITES.map((s) => s.name));
  if (seed !== null && args.suite !== null && args.suite !== 'intruders') throw new UsageError(`${SEED_FLAG} applies to the intruders suite only`);
  if (args.help) {
    console.log(help());
    return 0;
  }
  const suite = seed !== null ? intrudersSuite(seed) : SUITES.find((s) => s.name === args.suite)!;
  const floors = args.checkFloors ? readFloors() : null;
  const result = await suite.run({ dataDir: args.dataDir, progress: (line) => process.stderr.write(`${line}\n`) });
  if (args.dump) writeDump(args.dump, result.predictions);
  console.log(formatResult(result));
  let code = 0;
  if (floors) {
    const broken = floorViolations(result, floors);
    if (Object.keys(floors[result.suite] ?? {}).length === 0) console.log(`  floors: none pinned for ${result.suite}`);
    else if (broken.length === 0) console.log('  floors: all hold');
    for (const b of broken) console.log(`  FLOOR BROKEN: ${b}`);
    if (broken.length) code = 1;
  }
  if (args.json) console.log(jsonLine(result));
  return code;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`eval: ${e.message}`);
      process.exitCode = 2;
    } else if (e instanceof DataError) {
      console.error(`eval: ${e.message}`);
      process.exitCode = 1;
    } else {
      console.error(`eval: the run failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    }
  },
);

