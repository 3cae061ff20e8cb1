#!/usr/bin/env node
/**
 * The `triangulate` command. Exit status: 0 success, 1 bad input (a file or article could not be used,
 * a story not found; everything valid was still stored), 2 usage (unknown command or option).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GENERATOR, buildReport, defaultPipelineOptions, ingestPaths, processPending, type IngestSummary } from '../pipeline.js';
import { RemovalReason } from '../model/schemas.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { DEFAULT_MAX_BODY_BYTES, buildApp } from '../server/app.js';
import { openStore } from '../storage/open.js';
import type { Store } from '../storage/store.js';
import { runWorker } from '../worker.js';
import { progressBar } from './progress.js';
import { storiesTable } from './table.js';

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

class BadInput extends Error {}

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

function render(report: Awaited<ReturnType<typeof buildReport>>, format: Format): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'html' ? renderHtml(report) : renderMarkdown(report);
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500kb, 20mb or 1gb');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function parseKeep(value: string): RemovalReason[] {
  if (value === 'all') return [...RemovalReason.options];
  const reasons = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const r of reasons) {
    if (!RemovalReason.safeParse(r).success) throw new InvalidArgumentError(`unknown reason "${r}"; valid: all, ${RemovalReason.options.join(', ')}`);
  }
  return reasons as RemovalReason[];
}

interface IngestFlags { source?: string; published?: string; maxArticleSize: number; keep?: RemovalReason[] }

function pipelineOptions(flags: IngestFlags) {
  const d = defaultPipelineOptions();
  return {
    ...d,
    ingest: { ...d.ingest, source: flags.source, published: flags.published, maxArticleBytes: flags.maxArticleSize },
    clean: { ...d.clean, keep: flags.keep ?? [] },
  };
}

function addIngestFlags(cmd: Command): Command {
  return cmd
    .option('--source <name>', 'source (outlet) name for every article of this batch')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none')
    .addOption(new Option('--max-article-size <size>', 'largest article accepted (a JSONL file may be larger)').default(10 * 1024 * 1024, '10mb').argParser(parseSize))
    .addOption(new Option('--keep <reasons>', `keep text the cleaner would remove, for these reasons (comma-separated, or "all"): ${RemovalReason.options.join(', ')}`).argParser(parseKeep));
}

async function withStore<T>(program: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(program.opts().db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function ingestStep(store: Store, paths: string[], flags: IngestFlags, exclude: string[] = []): Promise<IngestSummary> {
  const opts = pipelineOptions(flags);
  const summary = await ingestPaths(store, paths, { ...opts.ingest, exclude });
  for (const p of summary.problems) process.stderr.write(`error: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.error}\n`);
  process.stderr.write(`ingested ${summary.added} new article(s), ${summary.duplicates} already stored, ${summary.problems.length} problem(s)\n`);
  return summary;
}

async function processStep(store: Store, flags: IngestFlags): Promise<void> {
  const bar = progressBar('processing');
  const result = await processPending(store, pipelineOptions(flags), (done, total) => bar.update(done, total));
  bar.stop();
  const counts = await store.counts();
  process.stderr.write(`processed ${result.processed} article(s)${result.failed ? `, ${result.failed} failed` : ''}; ${counts.stories} stor${counts.stories === 1 ? 'y' : 'ies'} in ${counts.articles} article(s)\n`);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('triangulate')
    .description('Reads many news reports of the same events and tells what is established, what is disputed and who says what — every statement cited to its source sentences.')
    .version(GENERATOR.split(' ')[1], '-V, --version')
    .option('--db <file-or-url>', 'database: a SQLite file, or a postgres:// URL for the shared store', process.env.TRIANGULATE_DB ?? './triangulate.db')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  addIngestFlags(program.command('ingest')
    .description('store articles from files or folders (.txt, .html/.htm, .json, .jsonl); nothing is processed yet')
    .argument('<paths...>', 'files or folders'))
    .action(async (paths: string[], flags: IngestFlags) => {
      await withStore(program, async (store) => {
        const summary = await ingestStep(store, paths, flags);
        if (summary.problems.length) throw new BadInput(`${summary.problems.length} input problem(s); every valid article was stored`);
      });
    });

  addIngestFlags(program.command('run')
    .description('ingest, process everything pending, and write the report as Markdown, HTML and JSON')
    .argument('[paths...]', 'files or folders (none: process what is already stored)'))
    .option('--out-dir <dir>', 'folder for report.md, report.html and report.json', 'report')
    .action(async (paths: string[], flags: IngestFlags & { outDir: string }) => {
      await withStore(program, async (store) => {
        // The report folder may sit inside an input folder: never read our own output back as articles.
        const summary = paths.length ? await ingestStep(store, paths, flags, [flags.outDir]) : null;
        await processStep(store, flags);
        const report = await buildReport(store, undefined, pipelineOptions(flags));
        await mkdir(flags.outDir, { recursive: true });
        for (const f of FORMATS) await writeFile(join(flags.outDir, `report.${f}`), render(report, f));
        process.stderr.write(`wrote ${FORMATS.map((f) => join(flags.outDir, `report.${f}`)).join(', ')}\n`);
        if (summary?.problems.length) throw new BadInput(`${summary.problems.length} input problem(s); every valid article was stored and processed`);
      });
    });

  program.command('process')
    .description('process every pending article (clean, segment, extract, cluster)')
    .action(async () => withStore(program, (store) => processStep(store, {} as IngestFlags).then(() => undefined)));

  program.command('worker')
    .description('process pending articles alongside other workers sharing the database, until interrupted')
    .addOption(new Option('--concurrency <n>', 'articles processed at once in this process').default(1).argParser(parsePositive))
    .addOption(new Option('--poll-ms <n>', 'how often an idle worker looks for new work (ms)').default(1000).argParser(parsePositive))
    .option('--once', 'exit when no pending article is left unclaimed')
    .action(async (flags: { concurrency: number; pollMs: number; once?: boolean }) => {
      await withStore(program, async (store) => {
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        process.stderr.write(`worker: ${flags.concurrency} at once on ${program.opts().db}${flags.once ? ', until no work is left' : '; Ctrl-C stops'}\n`);
        try {
          const r = await runWorker(store, {
            concurrency: flags.concurrency, pollMs: flags.pollMs, once: flags.once ?? false, signal: stop.signal,
            pipeline: defaultPipelineOptions(),
            onArticle: (a) => { if (!a.ok) process.stderr.write(`error: article ${a.id}: ${a.error}\n`); },
          });
          const share = r.elapsedMs > 0 ? (100 * r.lockHeldMs) / r.elapsedMs : 0;
          process.stderr.write(`worker: processed ${r.processed} article(s)${r.failed ? `, ${r.failed} failed` : ''} in ${(r.elapsedMs / 1000).toFixed(1)} s; `
            + `assignment lock held ${(r.lockHeldMs / 1000).toFixed(1)} s (${share.toFixed(0)}%), waited for ${(r.lockWaitMs / 1000).toFixed(1)} s\n`);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      });
    });

  program.command('stories')
    .description('list stories: id, title, article count, sources, date span')
    .option('--json', 'print JSON instead of a table')
    .action(async (flags: { json?: boolean }) => {
      await withStore(program, async (store) => {
        const stories = await store.listStories();
        process.stdout.write(flags.json ? `${JSON.stringify(stories, null, 2)}\n` : storiesTable(stories, process.stdout.columns ?? 120));
      });
    });

  program.command('report')
    .description('write the report of one story (or all) as Markdown, HTML or JSON')
    .argument('[story]', 'story id (see `triangulate stories`); all stories when omitted')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('md'))
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(new Option('--keep <reasons>', 'keep paragraphs the story-level check would remove ("intruder" or "all")').argParser(parseKeep))
    .action(async (story: string | undefined, flags: { format: Format; out?: string; keep?: RemovalReason[] }) => {
      await withStore(program, async (store) => {
        const resolved = story ? await store.resolveStory(story) : null;
        if (story && !resolved) {
          throw new BadInput(`no story with id "${story}"; run \`triangulate stories\` to list them`);
        }
        if (story && resolved !== story) process.stderr.write(`story ${story} was merged into ${resolved}: its report follows\n`);
        const options = pipelineOptions({ maxArticleSize: 0, keep: flags.keep });
        const text = render(await buildReport(store, story ? [story] : undefined, options), flags.format);
        if (flags.out) {
          await mkdir(dirname(flags.out), { recursive: true });
          await writeFile(flags.out, text);
          process.stderr.write(`wrote ${flags.out}\n`);
        } else {
          process.stdout.write(text);
        }
      });
    });

  program.command('serve')
    .description('serve the JSON API (and each story\'s HTML report) over HTTP until interrupted')
    .addOption(new Option('--port <n>', 'TCP port (0: any free port)').default(8080).argParser(parsePort))
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .addOption(new Option('--max-body <size>', 'largest request body accepted').default(DEFAULT_MAX_BODY_BYTES, '10mb').argParser(parseSize))
    .action(async (flags: { port: number; host: string; maxBody: number }) => {
      await withStore(program, async (store) => {
        const app = await buildApp(store, { maxBodyBytes: flags.maxBody });
        try {
          await app.listen({ port: flags.port, host: flags.host });
        } catch (e) {
          await app.close();
          throw new BadInput(`cannot listen on ${flags.host}:${flags.port}: ${(e as Error).message}`);
        }
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : flags.port;
        const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
        process.stderr.write(`listening on http://${host}:${port}/api (database ${program.opts().db}); Ctrl-C stops\n`);
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        await app.close();
        process.stderr.write('stopped\n');
      });
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return EXIT.badInput;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
