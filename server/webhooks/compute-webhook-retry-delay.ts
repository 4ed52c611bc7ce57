import { env } from "@/server/env";

/**
 * When to try a failed delivery again: WEBHOOK_RETRY_BASE_MS after the first failure, doubling up
 * to WEBHOOK_RETRY_MAX_DELAY_MS; null once the next attempt would fall outside
 * WEBHOOK_RETRY_WINDOW_MS from the first attempt (then the delivery has failed for good).
 */
export function computeWebhookRetryDelay(input: { failedAttempts: number; firstAttemptAt: Date; now?: Date }): number | null {
  const now = input.now ?? new Date();
  const delay = Math.min(env.WEBHOOK_RETRY_BASE_MS * 2 ** Math.max(input.failedAttempts - 1, 0), env.WEBHOOK_RETRY_MAX_DELAY_MS);
  const elapsed = now.getTime() - input.firstAttemptAt.getTime();
  return elapsed + delay > env.WEBHOOK_RETRY_WINDOW_MS ? null : delay;
}
