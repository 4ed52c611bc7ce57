/** A counting semaphore: at most `size` of the wrapped calls run at once, the rest queue in order. */
export function createLimiter(size: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    queue.shift()?.();
  };
  const limit = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= size) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      release();
    }
  };
  return { limit, active: () => active, queued: () => queue.length };
}
