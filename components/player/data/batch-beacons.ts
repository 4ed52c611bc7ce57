import type { BeaconBatch, BeaconEvent } from "@/server/analytics/beacon-schema";

export interface BeaconBatcherOptions {
  /** Sends one batch; `unloading` means the page is going away (use sendBeacon). */
  send: (batch: BeaconBatch, unloading: boolean) => void;
  /** How long events wait for company before a flush. */
  delayMs?: number;
  /** A batch never holds more (the wire format allows 500). */
  maxEvents?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

// Events after which the server should not have to wait: the view started, failed or ended.
const urgent = new Set<BeaconEvent["type"]>(["viewstart", "error", "ended", "viewend"]);

/**
 * Queues beacon events and sends them in batches: after `delayMs`, at once for urgent events or a
 * full batch, and everything that is left on `flush(true)` when the page hides.
 */
export function createBeaconBatcher(options: BeaconBatcherOptions) {
  const delay = options.delayMs ?? 1000;
  const max = Math.min(options.maxEvents ?? 50, 500);
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let queue: BeaconEvent[] = [];
  let timer: unknown = null;

  const flush = (unloading = false) => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    while (queue.length) {
      const events = queue.slice(0, max);
      queue = queue.slice(max);
      options.send({ events }, unloading);
    }
  };

  return {
    add(event: BeaconEvent) {
      queue.push(event);
      if (urgent.has(event.type) || queue.length >= max) flush();
      else if (timer === null) timer = setTimer(() => ((timer = null), flush()), delay);
    },
    flush,
    get pending() {
      return queue.length;
    },
  };
}

export type BeaconBatcher = ReturnType<typeof createBeaconBatcher>;
