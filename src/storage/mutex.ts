/**
 * A first-come, first-served lock inside one process: `run(fn)` starts `fn` once every earlier `fn` has
 * settled. The stores use it in front of their database lock, which is re-entrant for one connection.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => {});
    return result;
  }
}
