/**
 * Renders an HTML file to PNG with headless Chromium, to look at a report the way a reader will.
 *
 *   npx tsx scripts/screenshot.ts in.html out.png [--full] [--width N] [--height N]
 *
 * `--full` captures the whole page rather than the first screen. The page is loaded from a file: URL and
 * the browser is started with networking features off; a report page loads nothing anyway (its CSP
 * forbids it).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];
/** A laptop-sized viewport; `--width 390` shows the phone layout. */
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 900;
const USAGE = 'usage: npx tsx scripts/screenshot.ts in.html out.png [--full] [--width N] [--height N]';

interface Args { input: string; output: string; full: boolean; width: number; height: number }

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let full = false;
  let width = DEFAULT_WIDTH;
  let height = DEFAULT_HEIGHT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--full') full = true;
    else if (a === '--width' || a === '--height') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 100 || v > 10_000) throw new Error(`${a} takes a whole number of pixels from 100 to 10000\n${USAGE}`);
      if (a === '--width') width = v;
      else height = v;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}; valid options are --full, --width N, --height N\n${USAGE}`);
    else positional.push(a);
  }
  if (positional.length !== 2) throw new Error(USAGE);
  return { input: resolve(positional[0]), output: resolve(positional[1]), full, width, height };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: args.width, height: args.height } });
    await page.goto(pathToFileURL(args.input).href, { waitUntil: 'load' });
    await page.screenshot({ path: args.output, fullPage: args.full });
    process.stdout.write(`wrote ${args.output}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
