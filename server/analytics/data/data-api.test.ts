import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as beaconsRoute from "@/app/data/v1/beacons/route";
import * as dimensionRoute from "@/app/data/v1/dimensions/[dimension]/route";
import * as dimensionsRoute from "@/app/data/v1/dimensions/route";
import * as errorsRoute from "@/app/data/v1/errors/route";
import * as breakdownRoute from "@/app/data/v1/metrics/[metric]/breakdown/route";
import * as overallRoute from "@/app/data/v1/metrics/[metric]/overall/route";
import * as timeseriesRoute from "@/app/data/v1/metrics/[metric]/timeseries/route";
import * as comparisonRoute from "@/app/data/v1/metrics/comparison/route";
import * as realtimeRoute from "@/app/data/v1/realtime/concurrent-viewers/route";
import * as viewRoute from "@/app/data/v1/video-views/[viewId]/route";
import * as viewsRoute from "@/app/data/v1/video-views/route";
import type { BeaconEvent } from "@/server/analytics/beacon-schema";
import { seedDataWorkspaces } from "@/server/analytics/testing/seed-data-workspaces";
import { newId } from "@/server/ids";
import { testDatabaseKinds, useTestDatabase, type TestDatabase } from "@/server/testing/test-database";

const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
// Response bodies, read loosely in assertions.
type Json = { data: Json; meta: Json; error: Json; messages: Json; value: Json; granularity: Json; basic: Json; advanced: Json; total_row_count: Json; events: Json; name: Json; field: Json; views: Json; percentage: Json; concurrent_viewers: Json; timeseries: Json; metric: Json; total_views: Json; global_value: Json; previous_value: Json; timeframe: Json } & Json[] & { valueOf(): number };
type Route = { GET: (req: Request, c: { params: Promise<never> }) => Promise<Response> };

describe.each(testDatabaseKinds())("Data API on %s", (kind) => {
  let test: TestDatabase;
  let seed: Awaited<ReturnType<typeof seedDataWorkspaces>>;
  const ids = { de: `v-${newId(12)}`, us: `v-${newId(12)}`, failed: `v-${newId(12)}`, other: `v-${newId(12)}` };
  const get = async (mod: Route, path: string, params: object = {}, auth = seed.a.auth) => {
    const res = await mod.GET(new Request(`http://localhost${path}`, { headers: auth }), ctx(params as never));
    return { status: res.status, body: (await res.json()) as Json };
  };
  const beacon = async (events: BeaconEvent[], ua: string, country: string) => {
    const res = await beaconsRoute.POST(
      new Request("http://localhost/data/v1/beacons", { method: "POST", body: JSON.stringify({ events }), headers: { "user-agent": ua, "cf-ipcountry": country, "x-forwarded-for": "10.1.1.1" } }),
    );
    expect(res.status).toBe(202);
  };
  const playedView = (id: string, playbackId: string, startupMs: number): BeaconEvent[] => {
    const t = Date.now() - 30_000;
    return [
      { view_id: id, seq: 0, type: "viewstart", ts: t, dimensions: { playback_id: playbackId, viewer_id: `viewer-${id}`, video_title: "Launch" } },
      { view_id: id, seq: 1, type: "play", ts: t },
      { view_id: id, seq: 2, type: "playing", ts: t + startupMs },
      { view_id: id, seq: 3, type: "heartbeat", ts: t + startupMs + 10_000 },
    ];
  };

  beforeAll(async () => {
    test = await useTestDatabase(kind);
    seed = await seedDataWorkspaces();
    await beacon(playedView(ids.de, seed.a.playbackId, 1000), chrome, "DE");
    await beacon(playedView(ids.us, seed.a.playbackId, 3000), chrome, "US");
    const t = Date.now() - 20_000;
    await beacon(
      [
        { view_id: ids.failed, seq: 0, type: "viewstart", ts: t, dimensions: { playback_id: seed.a.playbackId } },
        { view_id: ids.failed, seq: 1, type: "play", ts: t },
        { view_id: ids.failed, seq: 2, type: "error", ts: t + 800, error_code: "manifestLoadError:404", error_message: "networkError – HTTP 404" },
      ],
      firefox,
      "US",
    );
    await beacon(playedView(ids.other, seed.b.playbackId, 9000), chrome, "FR");
  });
  afterAll(async () => {
    await test?.close();
  });

  it("overall: a metric over the timeframe from the rollup (24 h) and from the views (1 h) alike, with filters and global_value", async () => {
    const day = await get(overallRoute, "/data/v1/metrics/views/overall?timeframe[]=24:hours", { metric: "views" });
    expect(day.body.data).toMatchObject({ value: 3, total_views: 3 });
    const hour = await get(overallRoute, "/data/v1/metrics/video_startup_time/overall?timeframe[]=1:hours", { metric: "video_startup_time" });
    expect(hour.body.data.value).toBe(2000);
    const rolled = await get(overallRoute, "/data/v1/metrics/video_startup_time/overall", { metric: "video_startup_time" });
    expect(rolled.body.data.value).toBe(2000);
    const median = await get(overallRoute, "/data/v1/metrics/video_startup_time/overall?measurement=95th", { metric: "video_startup_time" });
    expect(median.body.data.value).toBeCloseTo(2900, 6);
    const chromeOnly = await get(overallRoute, "/data/v1/metrics/views/overall?filters[]=browser_name:Chrome", { metric: "views" });
    expect(chromeOnly.body.data).toMatchObject({ value: 2, global_value: 3 });
    const notUs = await get(overallRoute, "/data/v1/metrics/views/overall?filters[]=!country:US", { metric: "views" });
    expect(notUs.body.data.value).toBe(1);
    const failures = await get(overallRoute, "/data/v1/metrics/playback_failure_percentage/overall", { metric: "playback_failure_percentage" });
    expect(failures.body.data.value).toBeCloseTo(1 / 3, 9);
    const flag = await get(overallRoute, "/data/v1/metrics/views/overall?filters[]=playback_failed:true", { metric: "views" });
    expect(flag.body.data.value).toBe(1);
    const now = Math.floor(Date.now() / 1000);
    const unix = await get(overallRoute, `/data/v1/metrics/views/overall?timeframe[]=${now - 600}&timeframe[]=${now + 60}`, { metric: "views" });
    expect(unix.body).toMatchObject({ data: { value: 3 }, timeframe: [now - 600, now + 60] });
  });

  it("timeseries and breakdown by any dimension", async () => {
    const series = await get(timeseriesRoute, "/data/v1/metrics/views/timeseries?timeframe[]=3:hours", { metric: "views" });
    expect(series.body.meta.granularity).toBe("minute");
    expect(series.body.data.length).toBeGreaterThanOrEqual(180);
    expect(series.body.data.reduce((s: number, p: Json) => s + Number(p[2]), 0)).toBe(3);
    const hourly = await get(timeseriesRoute, "/data/v1/metrics/viewer_experience_score/timeseries", { metric: "viewer_experience_score" });
    expect(hourly.body.meta.granularity).toBe("hour");
    expect(hourly.body.data.filter((p: Json) => Number(p[2]) > 0)).toHaveLength(1);
    const byBrowser = await get(breakdownRoute, "/data/v1/metrics/views/breakdown?group_by=browser_name", { metric: "views" });
    expect(byBrowser.body.data.map((r: Json) => [r.field, r.views])).toEqual([["Chrome", 2], ["Firefox", 1]]);
    const byTitle = await get(breakdownRoute, "/data/v1/metrics/video_startup_time/breakdown?group_by=video_title&filters[]=country:DE", { metric: "video_startup_time" });
    expect(byTitle.body.data).toEqual([expect.objectContaining({ field: "Launch", value: 1000, views: 1, negative_impact: 1 })]);
    const comparison = await get(comparisonRoute, "/data/v1/metrics/comparison?filters[]=country:US");
    const views = comparison.body.data.find((m: Json) => String(m.metric) === "views");
    expect(views).toMatchObject({ value: 2, global_value: 3, previous_value: 0 });
  });

  it("dimensions, dimension values, views with their events, errors and realtime viewers", async () => {
    const dims = await get(dimensionsRoute, "/data/v1/dimensions");
    expect(dims.body.data.basic.length + dims.body.data.advanced.length).toBeGreaterThanOrEqual(56);
    const countries = await get(dimensionRoute, "/data/v1/dimensions/country", { dimension: "country" });
    expect(countries.body.data).toEqual([{ value: "US", total_count: 2 }, { value: "DE", total_count: 1 }]);
    const list = await get(viewsRoute, "/data/v1/video-views?filters[]=country:US&limit=1");
    expect(list.body.total_row_count).toBe(2);
    expect(list.body.data).toHaveLength(1);
    const one = await get(viewRoute, `/data/v1/video-views/${ids.failed}`, { viewId: ids.failed });
    expect(one.body.data).toMatchObject({ id: ids.failed, browser_name: "Firefox", playback_failed: true, error_code: "manifestLoadError:404", playback_id: seed.a.playbackId });
    expect(one.body.data.events.map((e: Json) => e.name)).toEqual(["viewstart", "play", "error"]);
    const errors = await get(errorsRoute, "/data/v1/errors");
    expect(errors.body.data).toEqual([expect.objectContaining({ code: "manifestLoadError:404", count: 1, message: "networkError – HTTP 404" })]);
    expect(errors.body.data[0]!.percentage).toBeCloseTo(1 / 3, 9);
    const live = await get(realtimeRoute, "/data/v1/realtime/concurrent-viewers");
    expect(live.body.data.concurrent_viewers).toBe(2);
    expect(live.body.data.timeseries.at(-1)!.concurrent_viewers).toBe(2);
  });

  it("isolates tenants, needs the data permission and names bad parameters", async () => {
    expect((await get(viewRoute, `/data/v1/video-views/${ids.other}`, { viewId: ids.other })).status).toBe(404);
    expect((await get(viewRoute, `/data/v1/video-views/${ids.other}`, { viewId: ids.other }, seed.b.auth)).status).toBe(200);
    const b = await get(overallRoute, "/data/v1/metrics/views/overall", { metric: "views" }, seed.b.auth);
    expect(b.body.data.value).toBe(1);
    expect((await get(overallRoute, "/data/v1/metrics/views/overall", { metric: "views" }, seed.a.noData)).status).toBe(403);
    const unknown = await get(overallRoute, "/data/v1/metrics/nope/overall", { metric: "nope" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.messages[0]).toMatch(/Unknown metric "nope"/);
    const filter = await get(overallRoute, "/data/v1/metrics/views/overall?filters[]=colour:red", { metric: "views" });
    expect(filter.body.error.messages[0]).toMatch(/"colour" is not a dimension/);
    const measurement = await get(overallRoute, "/data/v1/metrics/views/overall?measurement=median", { metric: "views" });
    expect(measurement.body.error.messages[0]).toMatch(/not available for views/);
    const timeframe = await get(overallRoute, "/data/v1/metrics/views/overall?timeframe[]=soon", { metric: "views" });
    expect(timeframe.status).toBe(400);
  });
});
