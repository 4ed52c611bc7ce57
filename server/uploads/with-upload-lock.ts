const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` after every earlier call for the same upload has finished, so two chunks of one upload
 * never append to its staging file at once (a client retrying while its first request still runs).
 */
export async function withUploadLock<T>(uploadId: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(uploadId) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(fn);
  const tail = run.catch(() => undefined);
  tails.set(uploadId, tail);
  try {
    return await run;
  } finally {
    if (tails.get(uploadId) === tail) tails.delete(uploadId);
  }
}
