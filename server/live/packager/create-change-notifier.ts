/**
 * Lets requests wait for the packager's state to change (a part, a segment, an init, the end):
 * `waitUntil(ready)` resolves true as soon as `ready()` holds, false on timeout or abort.
 */
export function createChangeNotifier() {
  const waiters = new Set<() => void>();
  return {
    notify() {
      for (const wake of [...waiters]) wake();
    },
    waitUntil(ready: () => boolean, options: { timeoutMs: number; signal?: AbortSignal }): Promise<boolean> {
      if (ready()) return Promise.resolve(true);
      if (options.signal?.aborted) return Promise.resolve(false);
      return new Promise((resolve) => {
        const finish = (result: boolean) => {
          waiters.delete(check);
          clearTimeout(timer);
          options.signal?.removeEventListener("abort", abort);
          resolve(result);
        };
        const check = () => {
          if (ready()) finish(true);
        };
        const abort = () => finish(false);
        const timer = setTimeout(abort, options.timeoutMs);
        waiters.add(check);
        options.signal?.addEventListener("abort", abort, { once: true });
      });
    },
  };
}
