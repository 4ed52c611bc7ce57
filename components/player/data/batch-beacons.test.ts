import { describe, expect, it } from "vitest";
import type { BeaconBatch, BeaconEvent } from "@/server/analytics/beacon-schema";
import { createBeaconBatcher } from "./batch-beacons";

const event = (type: BeaconEvent["type"], seq: number): BeaconEvent => ({ view_id: "view-0001", seq, type, ts: 1_700_000_000_000 + seq });

function setup(maxEvents?: number) {
  const sent: { batch: BeaconBatch; unloading: boolean }[] = [];
  const timers: (() => void)[] = [];
  const batcher = createBeaconBatcher({
    send: (batch, unloading) => sent.push({ batch, unloading }),
    maxEvents,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => timers.splice(0),
  });
  return { batcher, sent, fireTimer: () => timers.shift()?.() };
}

describe("createBeaconBatcher", () => {
  it("holds ordinary events until the timer fires, then sends them in one batch in order", () => {
    const { batcher, sent, fireTimer } = setup();
    batcher.add(event("playerready", 0));
    batcher.add(event("play", 1));
    expect(sent).toHaveLength(0);
    fireTimer();
    expect(sent.map((s) => s.batch.events.map((e) => e.seq))).toEqual([[0, 1]]);
    expect(batcher.pending).toBe(0);
  });

  it("flushes at once on viewstart, error and viewend, taking queued events along", () => {
    const { batcher, sent } = setup();
    batcher.add(event("playerready", 0));
    batcher.add(event("viewstart", 1));
    batcher.add(event("playing", 2));
    batcher.add(event("error", 3));
    expect(sent.map((s) => s.batch.events.map((e) => e.type))).toEqual([["playerready", "viewstart"], ["playing", "error"]]);
  });

  it("splits into batches of at most maxEvents and marks unload flushes", () => {
    const { batcher, sent } = setup(3);
    for (let i = 0; i < 7; i++) batcher.add(event("heartbeat", i));
    expect(sent.map((s) => s.batch.events.length)).toEqual([3, 3]);
    batcher.flush(true);
    expect(sent.at(-1)).toEqual({ batch: { events: [event("heartbeat", 6)] }, unloading: true });
  });
});
