/** A progress bar on stderr for long runs; silent when stderr is not a terminal (pipes, CI, tests). */
import cliProgress from 'cli-progress';

export interface Progress { update(done: number, total: number): void; stop(): void }

/** Runs shorter than this many items finish before a bar would help. */
const MIN_ITEMS_FOR_BAR = 20;

export function progressBar(label: string): Progress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done, total) {
      if (total < MIN_ITEMS_FOR_BAR) return;
      if (!bar) {
        bar = new cliProgress.SingleBar({ stream: process.stderr, format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta_formatted}`, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
