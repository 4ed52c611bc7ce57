import { parseDuration } from "./parse-duration";

/**
 * When a sleep, timeout or retry-after ends: the SDK sends either a duration ("1m30s", or seconds
 * for retry-after) or an ISO date (sleepUntil, RetryAfterError with a Date).
 */
export function resolveWakeTime(value: string, now: Date): Date | null {
  const ms = parseDuration(value);
  if (ms !== null) return new Date(now.getTime() + ms);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : new Date(at);
}
