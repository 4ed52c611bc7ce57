/**
 * The in-process write buffer of the beacon ingest: requests add their events and wait; one flush
 * at a time writes everything pending (up to FLUSH_MAX_EVENTS) in one transaction, ~100 ms after
 * the first event arrived or at once when that many are waiting. A request is answered only once
 * its events are committed, so nothing acknowledged sits only in memory; flushBeaconBuffer()
 * drains the buffer for shutdown hooks and tests. Infrastructure: keep it small.
 */
import { getDb } from "@/server/db/client";
import { writeBeaconBatch, type IngestItem } from "./write-beacon-batch";

const FLUSH_INTERVAL_MS = 100;
const FLUSH_MAX_EVENTS = 2000;

interface Entry {
  items: IngestItem[];
  resolve: (inserted: Set<string>) => void;
  reject: (error: unknown) => void;
}

const pending: Entry[] = [];
let pendingEvents = 0;
let timer: NodeJS.Timeout | null = null;
let running: Promise<void> | null = null;
const stats = { flushes: 0, events: 0 };

async function drain(): Promise<void> {
  while (pending.length) {
    const take: Entry[] = [];
    let count = 0;
    while (pending.length && (count === 0 || count + pending[0]!.items.length <= FLUSH_MAX_EVENTS)) {
      const entry = pending.shift()!;
      count += entry.items.length;
      take.push(entry);
    }
    pendingEvents -= count;
    try {
      const inserted = await writeBeaconBatch(await getDb(), take.flatMap((e) => e.items));
      stats.flushes += 1;
      stats.events += count;
      for (const e of take) e.resolve(inserted);
    } catch (error) {
      for (const e of take) e.reject(error);
    }
  }
}

function kick(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  running ??= drain().finally(() => {
    running = null;
  });
  return running;
}

/** Queues a request's events; resolves with the keys (`view_id\0seq`) of the flush's new events. */
export function enqueueBeaconItems(items: IngestItem[]): Promise<Set<string>> {
  if (!items.length) return Promise.resolve(new Set());
  return new Promise((resolve, reject) => {
    pending.push({ items, resolve, reject });
    pendingEvents += items.length;
    if (pendingEvents >= FLUSH_MAX_EVENTS || running) {
      // A running flush picks these up when it finishes (group commit); otherwise flush now.
      if (!running) void kick();
    } else {
      timer ??= setTimeout(() => void kick(), FLUSH_INTERVAL_MS);
    }
  });
}

/** Writes everything pending now. */
export async function flushBeaconBuffer(): Promise<void> {
  while (pending.length || running) await kick();
}

/** Flushes and events written by this process so far (tests and the benchmark read it). */
export function beaconBufferStats(): { flushes: number; events: number } {
  return { ...stats };
}
