/**
 * Workers: several loops, in one or many processes, sharing the pending articles of one store. The pending
 * articles are the queue; nothing else is stored. Each loop:
 *   claim the oldest unclaimed pending article → clean, segment, extract (in parallel with the others) →
 *   under the store's assignment lock: term statistics → candidate stories → decision → save → release.
 * A worker killed mid-article loses nothing: its claims die with its connection, the article is still
 * pending (its save is one transaction), and the next claim takes it again. Saving an article twice keeps
 * the first result, and story ids derive from article ids, so a retry duplicates nothing.
 * When the queue is empty, `dateFromStory` runs for the stories this process touched.
 */
import { assignArticle, dateFromStory, defaultPipelineOptions, prepareArticle, type PipelineOptions } from './pipeline.js';
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
  const touched = new Set<string>();
  const stopped = () => options.signal?.aborted ?? false;

  const processOne = async (id: string): Promise<void> => {
    try {
      const prepared = await prepareArticle(store, id, options.pipeline);
      if (!prepared) return; // processed by another worker between the list and the claim
      const asked = performance.now();
      const storyId = await store.withAssignmentLock(async () => {
        const entered = performance.now();
        summary.lockWaitMs += entered - asked;
        try {
          return await assignArticle(store, prepared, options.pipeline);
        } finally {
          summary.lockHeldMs += performance.now() - entered;
        }
      });
      touched.add(storyId);
      summary.processed++;
      options.onArticle?.({ id, ok: true });
    } catch (e) {
      const error = `processing failed: ${(e as Error).message}`;
      await store.markFailed(id, error);
      summary.failed++;
      options.onArticle?.({ id, ok: false, error });
    }
  };

  let busy = 0;
  const loop = async (): Promise<void> => {
    while (!stopped()) {
      const id = await store.claimPending();
      if (id === null) {
        if (options.once) return;
        // Idle, and so are the other loops: the batch is in, date its stories before waiting for more.
        if (busy === 0) await dateTouched();
        await sleep(options.pollMs, options.signal);
        continue;
      }
      busy++;
      try {
        await processOne(id);
      } finally {
        busy--;
        await store.releaseClaim(id);
      }
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, loop));
  await dateTouched();
  summary.elapsedMs = performance.now() - started;
  return summary;

  /** `dateFromStory` for every story touched since the last call (idempotent: other workers may do it too). */
  async function dateTouched(): Promise<void> {
    const ids = [...touched];
    touched.clear();
    for (const storyId of ids) await dateFromStory(store, storyId, options.pipeline);
  }
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
