/**
 * Entry of the child process `runInChild` forks: imports one module, calls one exported function with the
 * argument it is sent, sends back the value and this process's peak RSS, and exits.
 */
interface Request { modulePath: string; fn: string; arg: unknown }

process.once('message', async ({ modulePath, fn, arg }: Request) => {
  let reply: unknown;
  try {
    const mod = (await import(modulePath)) as Record<string, (a: unknown) => unknown>;
    if (typeof mod[fn] !== 'function') throw new Error(`${modulePath} exports no function ${fn}`);
    const value = await mod[fn](arg);
    reply = { ok: true, value, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  // Exit once the reply is flushed: an engine may leave handles (a store, a timer) that would keep us alive.
  process.send!(reply, () => process.exit(0));
});
