import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { simulcastTargets } from "@/server/db/schema";
import { updateSimulcastTargetStatus } from "@/server/live/update-simulcast-target-status";
import type { SimulcastFeed } from "./create-simulcast-feed";
import { startSimulcastTarget, type StartSimulcastTargetInput } from "./start-simulcast-target";

type RunningTarget = {
  url: string;
  streamKey: string | null;
  feed: SimulcastFeed;
  handle: { stop(): Promise<void> };
  /** Status writes in the order the push reported them. */
  writes: Promise<void>;
};

/** The pushes one ingest node runs for one live stream, by target id (start with an empty Map). */
export type RunningSimulcastTargets = Map<string, RunningTarget>;

/**
 * Brings a stream's pushes in line with its simulcast_targets rows: starts a push for each target
 * not running, restarts those whose URL or key changed or that read an older connection's feed,
 * and stops those whose row is gone. `feed: null` (no publisher connected) stops them all. Each
 * push's status lands on its row as it changes; stopped pushes leave their rows `idle`.
 */
export function syncSimulcastTargets(input: SyncInput): Promise<void> {
  // One sync at a time per stream: a stop on disconnect and a tick's start must not interleave.
  const next = (queues.get(input.running) ?? Promise.resolve()).then(() => syncOnce(input));
  queues.set(input.running, next.catch(() => undefined));
  return next;
}

type SyncInput = { liveStreamId: string; running: RunningSimulcastTargets; feed: SimulcastFeed | null; retryMs?: StartSimulcastTargetInput["retryMs"] };
const queues = new WeakMap<RunningSimulcastTargets, Promise<void>>();

async function syncOnce(input: SyncInput): Promise<void> {
  const { running } = input;
  // A feed that already ended (its connection is gone) runs nothing.
  const feed = input.feed && !input.feed.flv.readableEnded && !input.feed.flv.destroyed ? input.feed : null;
  let rows: { id: string; url: string; streamKey: string | null }[] = [];
  if (feed) {
    const db = await getDb();
    rows = await db
      .select({ id: simulcastTargets.id, url: simulcastTargets.url, streamKey: simulcastTargets.streamKey })
      .from(simulcastTargets)
      .where(eq(simulcastTargets.liveStreamId, input.liveStreamId));
  }
  const wanted = new Map(rows.map((r) => [r.id, r]));
  const stale = [...running].filter(([id, run]) => {
    const row = wanted.get(id);
    return !row || row.url !== run.url || row.streamKey !== run.streamKey || run.feed !== feed;
  });
  await Promise.all(
    stale.map(async ([id, run]) => {
      running.delete(id);
      await run.handle.stop();
      await run.writes;
      await updateSimulcastTargetStatus({ simulcastTargetId: id, status: "idle" }).catch((error: unknown) => console.error(`[simulcast] ${id}: status update failed`, error));
    }),
  );
  if (!feed) return;
  for (const row of rows) {
    if (running.has(row.id)) continue;
    const run: RunningTarget = { url: row.url, streamKey: row.streamKey, feed, handle: { stop: async () => undefined }, writes: Promise.resolve() };
    running.set(row.id, run);
    run.handle = startSimulcastTarget({
      target: row,
      flv: feed.flv,
      flvHeader: feed.primingHeader(),
      retryMs: input.retryMs,
      onStatus(status, error) {
        if (status === "errored") console.warn(`[simulcast] ${row.id} (${input.liveStreamId}): ${error}`);
        run.writes = run.writes
          .then(() => updateSimulcastTargetStatus({ simulcastTargetId: row.id, status, error }))
          .catch((failure: unknown) => console.error(`[simulcast] ${row.id}: status update failed`, failure));
      },
    });
  }
}
