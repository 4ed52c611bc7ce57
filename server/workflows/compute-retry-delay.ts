/** Hard ceiling so a function with many retries does not wait for days. */
const maxDelayMs = 60 * 60 * 1000;

/**
 * Exponential backoff with jitter for retry number `retry` (1 = first retry): base, 2×base, 4×base…
 * plus up to 25% random jitter so retries of many runs do not hit the app in lockstep.
 */
export function computeRetryDelay(input: { retry: number; baseMs: number; random?: () => number }): number {
  const exponential = Math.min(maxDelayMs, input.baseMs * 2 ** Math.max(0, input.retry - 1));
  return Math.round(exponential + exponential * 0.25 * (input.random ?? Math.random)());
}
