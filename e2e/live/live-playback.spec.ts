import { publishTestStream } from "../../server/live/ingest/testing/publish-test-stream";
import { e2eLivePorts } from "../environment";
import { cli, expect, test } from "../fixtures";

type Token = { id: string; secret: string };
type LiveStream = { id: string; stream_key: string; status: string; playback_ids: { id: string }[] };

test("a stream published over RTMP plays live at low latency on its embed page", async ({ page, request }) => {
  test.setTimeout(120_000);
  const token = cli<Token>("token create", "--workspace", "default");
  const headers = { authorization: `Basic ${Buffer.from(`${token.id}:${token.secret}`).toString("base64")}` };
  const created = await request.post("/video/v1/live-streams", { headers, data: { playback_policy: ["public"], latency_mode: "low", new_asset_settings: null } });
  expect(created.status()).toBe(201);
  const stream = ((await created.json()) as { data: LiveStream }).data;

  const publisher = publishTestStream(`rtmp://127.0.0.1:${e2eLivePorts.rtmp}/live/${stream.stream_key}`, { seconds: 90 });
  try {
    await expect
      .poll(async () => (((await (await request.get(`/video/v1/live-streams/${stream.id}`, { headers })).json()) as { data: LiveStream }).data.status), { timeout: 30_000 })
      .toBe("active");

    await page.goto(`/embed/${stream.playback_ids[0]!.id}?autoplay=1&muted=1`);
    const video = page.locator("video");
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(2);
    // The player knows it is live: LIVE shown, latency measured from program date times.
    const player = page.locator("[data-live]").first();
    await expect(player).toBeAttached();
    await expect(page.getByRole("button", { name: /Playing live|Go to live/ })).toBeVisible();
    await expect.poll(async () => Number(await player.getAttribute("data-latency")), { timeout: 15_000 }).toBeGreaterThan(0);
    // LL-HLS: the player catches up to about one second behind live (start-up costs more at first),
    // where a standard stream would stay beyond its 6-12 s hold-back. The benchmark measures it closely.
    await expect.poll(async () => Number(await player.getAttribute("data-latency")), { timeout: 40_000 }).toBeLessThan(3);
    // Still advancing: it keeps up with the live edge.
    const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await page.waitForTimeout(2_000);
    expect(await video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(before + 1);
  } finally {
    publisher.stop();
  }
});
