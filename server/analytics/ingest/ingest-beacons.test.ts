import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as beaconsRoute from "@/app/data/v1/beacons/route";
import type { BeaconEvent } from "@/server/analytics/beacon-schema";
import { seedDataWorkspaces } from "@/server/analytics/testing/seed-data-workspaces";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { newId } from "@/server/ids";
import { beaconBufferStats } from "./beacon-buffer";
import { rebuildViewRollups } from "./rebuild-view-rollups";

const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

type Json = { data?: { accepted: number; duplicates: number; dropped: number }; error?: { type: string; messages: string[] } };

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await beaconsRoute.POST(
    new Request("http://localhost/data/v1/beacons", {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", "user-agent": chrome, "x-forwarded-for": `10.0.0.${Math.floor(Math.random() * 250)}`, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
  return { status: res.status, json: (await res.json()) as Json, headers: res.headers };
};

describe.each(testDatabaseKinds())("beacon ingest on %s", (kind) => {
  let test: TestDatabase;
  let seed: Awaited<ReturnType<typeof seedDataWorkspaces>>;
  const t0 = Date.now() - 60_000;
  const view = (viewId: string, dims: BeaconEvent["dimensions"], from = 0): BeaconEvent[] => [
    { view_id: viewId, seq: from, type: "viewstart", ts: t0, dimensions: dims },
    { view_id: viewId, seq: from + 1, type: "play", ts: t0 },
    { view_id: viewId, seq: from + 2, type: "playing", ts: t0 + 1500 },
  ];
  const viewRow = async (id: string) => (await test.db.$client`select * from video_views where id = ${id}`)[0];

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    seed = await seedDataWorkspaces();
  });
  afterAll(async () => {
    await test?.close();
  });

  it("stores a view from its playback id with server-derived browser, device, geo and hostname, CORS for any origin", async () => {
    const viewId = `v-${newId(12)}`;
    const res = await post(
      { events: view(viewId, { playback_id: seed.a.playbackId, page_url: "https://shop.example.com/watch?v=1", video_source_url: "https://cdn.example.net/a.m3u8", player_width: 640, player_height: 360, video_title: "Launch" }) },
      { "cf-ipcountry": "DE", "x-vercel-ip-country-region": "BE", "x-asn-name": "Deutsche Telekom AG" },
    );
    expect(res.status).toBe(202);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.json.data).toMatchObject({ accepted: 3, duplicates: 0, dropped: 0 });
    const row = await viewRow(viewId);
    expect(row).toMatchObject({
      workspace_id: seed.a.workspaceId,
      playback_id: seed.a.playbackId,
      browser_name: "Chrome",
      browser_version: "131.0.0.0",
      os_name: "Linux",
      device_type: "desktop",
      country: "DE",
      continent: "EU",
      region: "BE",
      asn_name: "Deutsche Telekom AG",
      page_hostname: "shop.example.com",
      video_source_hostname: "cdn.example.net",
      player_resolution: "640x360",
      video_title: "Launch",
      video_startup_time_ms: 1500,
      event_count: 3,
    });
    const preflight = beaconsRoute.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("content-type");
  });

  it("continues a view from later batches without dimensions and skips a retried batch by view_id+seq", async () => {
    const viewId = `v-${newId(12)}`;
    expect((await post({ events: view(viewId, { playback_id: seed.a.playbackId }) }, { "user-agent": iphone })).status).toBe(202);
    const later: BeaconEvent[] = [
      { view_id: viewId, seq: 3, type: "rebufferstart", ts: t0 + 5000 },
      { view_id: viewId, seq: 4, type: "rebufferend", ts: t0 + 7000 },
      { view_id: viewId, seq: 5, type: "viewend", ts: t0 + 11_500 },
    ];
    expect((await post({ events: later })).json.data).toMatchObject({ accepted: 3, duplicates: 0 });
    const retry = await post({ events: [...later, later[0]] });
    expect(retry.json.data).toMatchObject({ accepted: 0, duplicates: 4 });
    const row = await viewRow(viewId);
    expect(row).toMatchObject({ browser_name: "Mobile Safari", os_name: "iOS", device_type: "phone", device_manufacturer: "Apple", event_count: 6, rebuffer_count: 1 });
    expect(row!.rebuffer_duration_ms).toBe(2000);
    expect(row!.watch_time_ms).toBe(11_500);
    expect(row!.ended_at).not.toBeNull();
    const [count] = await test.db.$client`select count(*)::int as n from beacon_events where view_id = ${viewId}`;
    expect(count?.n).toBe(6);
    // The rollup moved by the view's difference, not by a second copy of it.
    const [views] = await test.db.$client`select count(*)::int as n, sum(rebuffer_count)::int as r, sum(watch_time_ms)::float8 as w from video_views where workspace_id = ${seed.a.workspaceId}`;
    const [rolled] = await test.db.$client`select sum(views)::int as n, sum(rebuffer_count)::int as r, sum(watch_time_ms)::float8 as w from video_view_rollups_hourly where workspace_id = ${seed.a.workspaceId}`;
    expect(rolled).toEqual(views);
  });

  it("batches concurrent requests into shared flushes and keeps the rollup equal to the views", async () => {
    const before = beaconBufferStats();
    const ids = Array.from({ length: 30 }, () => `v-${newId(12)}`);
    const results = await Promise.all(ids.map((id) => post({ events: view(id, { env_key: seed.b.workspaceId, player_name: "bench" }) })));
    expect(results.every((r) => r.status === 202 && r.json.data?.accepted === 3)).toBe(true);
    const after = beaconBufferStats();
    expect(after.events - before.events).toBe(90);
    expect(after.flushes - before.flushes).toBeLessThan(30);
    const [views] = await test.db.$client`select count(*)::int as n, sum(video_startup_time_ms)::float8 as s from video_views where workspace_id = ${seed.b.workspaceId}`;
    const [rolled] = await test.db.$client`select sum(views)::int as n, sum(video_startup_time_sum)::float8 as s from video_view_rollups_hourly where workspace_id = ${seed.b.workspaceId}`;
    expect(views).toEqual({ n: 30, s: 45_000 });
    expect(rolled).toEqual(views);
    // The backfill path computes the same rollup rows as the incremental one.
    const snapshot = async () => test.db.$client`select * from video_view_rollups_hourly where workspace_id = ${seed.b.workspaceId} order by 1, 2, 3, 4, 5, 6`;
    // Float sums added in another order differ in the last bits: compare them to 9 decimals.
    const rounded = (rows: Record<string, unknown>[]) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v])));
    const incremental = rounded(await snapshot());
    await rebuildViewRollups(test.db.$client, seed.b.workspaceId);
    expect(rounded(await snapshot())).toEqual(incremental);
  });

  it("answers 400 with a message for bad input and for views it cannot attribute", async () => {
    const bad = await post({ events: [{ view_id: "short", seq: -1, type: "teleport", ts: 1 }] });
    expect(bad.status).toBe(400);
    expect(bad.json.error!.messages.join(" ")).toMatch(/events\.0\.view_id/);
    expect(bad.json.error!.messages.join(" ")).toMatch(/events\.0\.type/);
    const notJson = await post("{nope");
    expect(notJson.status).toBe(400);
    expect(notJson.json.error!.messages[0]).toMatch(/not valid JSON/);
    const unknown = await post({ events: view(`v-${newId(12)}`, { playback_id: "nonexistent-playback" }) });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error!.messages).toContain('unknown playback_id "nonexistent-playback"');
    const orphan = await post({ events: [{ view_id: `v-${newId(12)}`, seq: 7, type: "heartbeat", ts: t0 }] });
    expect(orphan.status).toBe(400);
    const empty = await post({ events: [] });
    expect(empty.status).toBe(400);
  });
});
