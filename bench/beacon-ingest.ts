/**
 * `npm run bench:beacons`: Video Data ingest and dashboard queries on PostgreSQL (BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/test; a database of its own is created and dropped).
 *  1. Throughput through the POST /data/v1/beacons handler (Request objects, JSON, validation, UA
 *     parsing, workspace resolution, the 100 ms group-commit buffer, views + rollups), BENCH_CLIENTS
 *     concurrent players sending 25-event batches; then the same load through ingestBeacons() directly.
 *  2. Reference in the same run: the same raw events as single-row INSERTs (8 connections), and COPY.
 *  3. Query latency of the console's dashboard queries on BENCH_VIEWS (1,000,000) synthetic views.
 */
import postgres from "postgres";
import type { BeaconEvent } from "@/server/analytics/beacon-schema";

const adminUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 256);
const SYNTHETIC_VIEWS = Number(process.env.BENCH_VIEWS ?? 1_000_000);
const PER_BATCH = 25;

const name = `kf_bench_beacons_${Date.now().toString(36)}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
await admin.unsafe(`create database "${name}"`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const { createDb, useDb } = await import("@/server/db/client");
const { migrateDatabase } = await import("@/server/db/migrate");
const db = createDb(url.toString(), { max: 10 });
const results: string[] = [];
const log = (line: string) => {
  console.log(line);
  results.push(line);
};

try {
  await migrateDatabase(db);
  useDb(db);
  const { seedDataWorkspaces } = await import("@/server/analytics/testing/seed-data-workspaces");
  const { POST } = await import("@/app/data/v1/beacons/route");
  const { ingestBeacons } = await import("@/server/analytics/ingest/ingest-beacons");
  const { beaconBufferStats } = await import("@/server/analytics/ingest/beacon-buffer");
  const seed = await seedDataWorkspaces();
  const ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

  /** A realistic view in 25-event batches: viewstart with dimensions, playing, renditions, heartbeats, a rebuffer. */
  const makeBatches = (prefix: string): BeaconEvent[][] => {
    const batches: BeaconEvent[][] = [];
    const t0 = Date.now() - 3_600_000;
    for (let v = 0; batches.length * PER_BATCH < EVENTS; v++) {
      const viewId = `${prefix}-${v.toString(36).padStart(8, "0")}`;
      const events: BeaconEvent[] = [];
      const types: BeaconEvent["type"][] = ["viewstart", "play", "playing", "renditionchange", "rebufferstart", "rebufferend"];
      for (let seq = 0; seq < PER_BATCH * 2; seq++) {
        const type = types[seq] ?? (seq === PER_BATCH * 2 - 1 ? "viewend" : "heartbeat");
        events.push({
          view_id: viewId,
          seq,
          type,
          ts: t0 + v * 7 + seq * 1000,
          playhead_ms: seq * 1000,
          ...(type === "renditionchange" || type === "heartbeat" ? { bitrate: 2_500_000, rendition_width: 1280, rendition_height: 720 } : {}),
          ...(seq === 0 ? { dimensions: { playback_id: seed.a.playbackId, player_name: "keyframe", player_width: 1280, player_height: 720, video_title: `Title ${v % 50}`, viewer_id: `viewer-${v % 997}` } } : {}),
        });
      }
      batches.push(events.slice(0, PER_BATCH), events.slice(PER_BATCH));
    }
    return batches;
  };

  /** Runs the batches with CLIENTS concurrent senders; a view's second batch waits for its first. */
  async function drive(batches: BeaconEvent[][], send: (events: BeaconEvent[], client: number) => Promise<void>) {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        while (next < batches.length) {
          const i = next;
          next += 2;
          await send(batches[i]!, client);
          if (batches[i + 1]) await send(batches[i + 1]!, client);
        }
      }),
    );
    return performance.now() - started;
  }

  // Warm-up (JIT, caches, connection pool, table growth) through the handler, not measured.
  const warm = makeBatches("warm").slice(0, 800);
  await drive(warm, async (events, client) => {
    await POST(new Request("http://bench/data/v1/beacons", { method: "POST", body: JSON.stringify({ events }), headers: { "user-agent": ua, "x-forwarded-for": `10.8.${client >> 8}.${client & 255}` } }));
  });
  const before = beaconBufferStats();
  const httpBatches = makeBatches("http");
  const httpEvents = httpBatches.reduce((n, b) => n + b.length, 0);
  // Bodies are serialized up front: that is the viewer's browser's work, not the server's.
  const bodies = new Map(httpBatches.map((events) => [events, JSON.stringify({ events })]));
  const httpMs = await drive(httpBatches, async (events, client) => {
    const res = await POST(
      new Request("http://bench/data/v1/beacons", {
        method: "POST",
        body: bodies.get(events),
        headers: { "content-type": "text/plain", "user-agent": ua, "x-forwarded-for": `10.9.${client >> 8}.${client & 255}`, "cf-ipcountry": "DE" },
      }),
    );
    if (res.status !== 202) throw new Error(`beacons answered ${res.status}: ${await res.text()}`);
  });
  const flushes = beaconBufferStats().flushes - before.flushes;
  log(`ingest through the HTTP handler: ${httpEvents} events in ${(httpMs / 1000).toFixed(2)} s = ${Math.round(httpEvents / (httpMs / 1000))} events/s (${CLIENTS} clients, ${PER_BATCH}-event batches, ${flushes} flushes, ${(httpEvents / flushes).toFixed(0)} events/flush)`);

  const fnBatches = makeBatches("fn");
  const headers = new Headers({ "user-agent": ua, "cf-ipcountry": "DE" });
  const fnMs = await drive(fnBatches, async (events) => {
    await ingestBeacons({ body: { events }, headers });
  });
  const fnEvents = fnBatches.reduce((n, b) => n + b.length, 0);
  log(`ingest through ingestBeacons(): ${fnEvents} events in ${(fnMs / 1000).toFixed(2)} s = ${Math.round(fnEvents / (fnMs / 1000))} events/s`);

  // Reference: the same raw rows, one INSERT per event over 8 connections, then one COPY.
  const sql = db.$client;
  const refRows = makeBatches("ref").flat().slice(0, Math.min(EVENTS, 40_000));
  let k = 0;
  const singleStart = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (k < refRows.length) {
        const e = refRows[k++]!;
        await sql`insert into beacon_events (workspace_id, view_id, seq, type, event_at, playhead_ms, bitrate, dimensions)
          values (${seed.a.workspaceId}, ${e.view_id}, ${e.seq}, ${e.type}, ${new Date(e.ts).toISOString()}, ${e.playhead_ms ?? null}, ${e.bitrate ?? null}, ${e.dimensions ? JSON.stringify(e.dimensions) : null}::jsonb)
          on conflict do nothing`;
      }
    }),
  );
  const singleMs = performance.now() - singleStart;
  log(`reference, single-row INSERTs of raw events only (8 connections): ${refRows.length} in ${(singleMs / 1000).toFixed(2)} s = ${Math.round(refRows.length / (singleMs / 1000))} events/s`);
  const copyRows = makeBatches("copy").flat();
  const copyStart = performance.now();
  const stream = await sql`copy beacon_events (workspace_id, view_id, seq, type, event_at, playhead_ms, bitrate) from stdin`.writable();
  for (const e of copyRows) stream.write(`${seed.a.workspaceId}\t${e.view_id}\t${e.seq}\t${e.type}\t${new Date(e.ts).toISOString()}\t${e.playhead_ms ?? "\\N"}\t${e.bitrate ?? "\\N"}\n`);
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const copyMs = performance.now() - copyStart;
  log(`reference, COPY of raw events only (no views, no rollups): ${copyRows.length} in ${(copyMs / 1000).toFixed(2)} s = ${Math.round(copyRows.length / (copyMs / 1000))} events/s`);

  // Dashboard queries on SYNTHETIC_VIEWS views over 7 days in workspace B.
  const { generateSyntheticViews } = await import("./synthetic-views");
  const genStart = performance.now();
  await generateSyntheticViews(sql, seed.b.workspaceId, SYNTHETIC_VIEWS);
  log(`generated ${SYNTHETIC_VIEWS} synthetic views + rollups in ${((performance.now() - genStart) / 1000).toFixed(1)} s`);
  const { getMetricOverall } = await import("@/server/analytics/data/get-metric-overall");
  const { getMetricTimeseries } = await import("@/server/analytics/data/get-metric-timeseries");
  const { getMetricBreakdown } = await import("@/server/analytics/data/get-metric-breakdown");
  const { compareMetrics } = await import("@/server/analytics/data/compare-metrics");
  const { listVideoViews } = await import("@/server/analytics/data/list-video-views");
  const { listErrors } = await import("@/server/analytics/data/list-errors");
  const { getRealtime } = await import("@/server/analytics/data/get-realtime");
  const workspaceId = seed.b.workspaceId;
  const week = { timeframe: ["7:days"] };
  const day = { timeframe: ["24:hours"] };
  const queries: [string, () => Promise<unknown>][] = [
    ["cards: comparison, all rollup metrics now vs previous 7 d", () => compareMetrics({ workspaceId, query: week })],
    ["overall viewer_experience_score 7 d (rollup)", () => getMetricOverall({ workspaceId, metric: "viewer_experience_score", query: week })],
    ["timeseries views 7 d hourly (rollup)", () => getMetricTimeseries({ workspaceId, metric: "views", query: week })],
    ["breakdown rebuffer_percentage by browser 7 d (rollup)", () => getMetricBreakdown({ workspaceId, metric: "rebuffer_percentage", query: { ...week, group_by: "browser_name" } })],
    ["breakdown by country, filter browser_name:Chrome 7 d (rollup)", () => getMetricBreakdown({ workspaceId, metric: "views", query: { ...week, group_by: "country", filters: ["browser_name:Chrome"] } })],
    ["median video_startup_time 24 h (views table)", () => getMetricOverall({ workspaceId, metric: "video_startup_time", query: { ...day, measurement: "median" } })],
    ["breakdown by video_title 24 h (views table)", () => getMetricBreakdown({ workspaceId, metric: "views", query: { ...day, group_by: "video_title" } })],
    ["overall views filter playback_id 7 d (views, index)", () => getMetricOverall({ workspaceId, metric: "views", query: { ...week, filters: ["playback_id:pb-7"] } })],
    ["video-views list page 1 24 h (+count)", () => listVideoViews({ workspaceId, query: day })],
    ["errors 24 h", () => listErrors({ workspaceId, query: day })],
    ["realtime concurrent viewers + 10 min series", () => getRealtime({ workspaceId })],
  ];
  for (const [label, run] of queries) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    log(`query ${label}: median ${times[2]!.toFixed(1)} ms, max ${times[4]!.toFixed(1)} ms`);
  }
} finally {
  await db.$client.end({ timeout: 5 });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
}
console.log("\n" + results.join("\n"));
process.exit(0);
