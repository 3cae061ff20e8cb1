/**
 * Workers: several loops, in one or many processes, sharing the pending articles of one store. The pending
 * articles are the queue; nothing else is stored. Each loop:
 *   claim the oldest unclaimed pending article → clean, segment, extract, features (in parallel with the
 *   others) → one transaction: the article's own rows, then under the store's assignment lock the candidate
 *   stories, the decision and the story's rows → commit, which releases the lock → release the claim.
 * A worker killed mid-article loses nothing: its claims die with its connection, the article is still
 * pending (its save is one transaction), and the next claim takes it again. Saving an article twice keeps
 * the first result, and story ids derive from article ids, so a retry duplicates nothing.
 * When the queue is empty, `dateUndatedStories` dates the stories that hold undated articles, whichever
 * worker saved them: a worker killed before it dated its stories leaves that work to the next one.
 */
import { dateUndatedStories, defaultPipelineOptions, processOne, type PipelineOptions } from './pipeline.js';
import type { Store } from './storage/store.js';

export interface WorkerOptions {
  /** Concurrent loops in this process. */
  concurrency: number;
  /** How long an idle loop waits before looking for work again (ms). */
  pollMs: number;
  /** Return once no unclaimed pending article is left, instead of polling for more. */
  once: boolean;
  /** Stops the loops after their current article. */
  signal?: AbortSignal;
  pipeline: PipelineOptions;
  onArticle?: (result: { id: string; ok: boolean; error?: string }) => void;
}

export function defaultWorkerOptions(): WorkerOptions {
  return Object.freeze({ concurrency: 1, pollMs: 1000, once: false, pipeline: defaultPipelineOptions() });
}

export interface WorkerSummary {
  processed: number;
  failed: number;
  /** Wall-clock time of the run (ms). */
  elapsedMs: number;
  /** Time spent holding the assignment lock, summed over articles (ms): the serial part of the work. */
  lockHeldMs: number;
  /** Time spent waiting for the assignment lock, summed over loops (ms). */
  lockWaitMs: number;
}

/** Runs `options.concurrency` loops over the store's pending articles until stopped (or drained, `once`). */
export async function runWorker(store: Store, options: WorkerOptions = defaultWorkerOptions()): Promise<WorkerSummary> {
  const summary: WorkerSummary = { processed: 0, failed: 0, elapsedMs: 0, lockHeldMs: 0, lockWaitMs: 0 };
  const started = performance.now();
  const stopped = () => options.signal?.aborted ?? false;
  /** Articles processed since the stories were last dated: dating is only worth a look after new work. */
  let sinceDated = 0;

  let busy = 0;
  const loop = async (): Promise<void> => {
    while (!stopped()) {
      const id = await store.claimPending();
      if (id === null) {
        if (options.once) return;
        // Idle, and so are the other loops: the batch is in, date its stories before waiting for more.
        if (busy === 0 && sinceDated > 0) {
          sinceDated = 0;
          await dateUndatedStories(store, options.pipeline);
        }
        await sleep(options.pollMs, options.signal);
        continue;
      }
      busy++;
      try {
        const outcome = await processOne(store, id, options.pipeline);
        summary.lockWaitMs += outcome.lockWaitMs;
        summary.lockHeldMs += outcome.lockHeldMs;
        if (outcome.error !== undefined) summary.failed++;
        else if (outcome.storyId !== null) summary.processed++; // else another worker had processed it
        sinceDated++;
        options.onArticle?.(outcome.error === undefined ? { id, ok: true } : { id, ok: false, error: outcome.error });
      } finally {
        busy--;
        await store.releaseClaim(id);
      }
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, loop));
  // Always on the way out, even after no work of its own: a worker that died before dating left work here.
  await dateUndatedStories(store, options.pipeline);
  summary.elapsedMs = performance.now() - started;
  return summary;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}
