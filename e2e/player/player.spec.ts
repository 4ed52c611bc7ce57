import { execFileSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import type { BeaconEvent } from "@/server/analytics/beacon-schema";
import { e2eDataDir, e2ePort } from "../environment";
import { cli, expect, signIn, test } from "../fixtures";

type Seeded = { assetId: string; playbackIds: { id: string; policy: string }[] };
type Rendition = { height: number; dir: string; segmentSeconds: number };

/** One ready asset (public + signed playback IDs) made by the platform's own pipeline, shared by every test. */
let asset: { publicId: string; signedId: string; renditions: Rendition[] };
/** Basic auth of a data:read access token, for reading the views back through the Data API. */
let dataAuth: string;

type ApiView = { playback_id: string; browser_name: string | null; rebuffer_count: number; video_startup_time: number | null; seek_count: number; playback_failed: boolean | null; error_code: string | null; events: { name: string }[] };
async function fetchView(request: import("@playwright/test").APIRequestContext, viewId: string): Promise<ApiView | null> {
  const res = await request.get(`/data/v1/video-views/${viewId}`, { headers: { authorization: dataAuth } });
  return res.ok() ? ((await res.json()) as { data: ApiView }).data : null;
}

/** Every beacon event the page posts (fetch with keepalive and sendBeacon alike), as the server receives them. */
function captureBeacons(page: Page) {
  const events: BeaconEvent[] = [];
  const statuses: number[] = [];
  // On the context: the page's last beacons (sendBeacon on pagehide) outlive its document.
  page.context().on("request", (req) => {
    if (req.method() !== "POST" || new URL(req.url()).pathname !== "/data/v1/beacons") return;
    const body = req.postData();
    if (body) events.push(...(JSON.parse(body) as { events: BeaconEvent[] }).events);
  });
  page.context().on("response", (res) => new URL(res.url()).pathname === "/data/v1/beacons" && res.request().method() === "POST" && statuses.push(res.status()));
  return { events, statuses, types: () => events.map((e) => e.type), find: (type: BeaconEvent["type"]) => events.filter((e) => e.type === type) };
}

const player = (page: Page) => page.locator("keyframe-player video");
const currentTime = (page: Page) => player(page).evaluate((v: HTMLVideoElement) => v.currentTime);

test.describe("player", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test.beforeAll(async ({ browser, request }) => {
    test.setTimeout(240_000);
    const page = await browser.newPage();
    await signIn(page);
    await page.waitForURL(/\/w\/[^/]+/);
    const workspaceId = /\/w\/([^/]+)/.exec(page.url())![1]!;
    await page.close();
    const out = execFileSync("npx", ["tsx", "e2e/assets/seed-playable-asset.ts", workspaceId, "public,signed", "E2E player"], {
      env: { ...process.env, DATA_DIR: e2eDataDir, WORKFLOW_PORT: String(e2ePort + 1) },
      encoding: "utf8",
      timeout: 200_000,
    });
    const seeded = JSON.parse(out.trim().split("\n").at(-1)!) as Seeded;
    const publicId = seeded.playbackIds.find((p) => p.policy === "public")!.id;
    const master = await (await request.get(`/stream/${publicId}.m3u8`)).text();
    const renditions: Rendition[] = [];
    for (const [, height, uri] of master.matchAll(/RESOLUTION=\d+x(\d+)[^\n]*\n([^\n]+)/g)) {
      const playlist = await (await request.get(uri!)).text();
      const durations = [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]));
      renditions.push({ height: Number(height), dir: uri!.replace(/\/[^/]*$/, "/"), segmentSeconds: Math.max(...durations) });
    }
    expect(renditions.length).toBeGreaterThanOrEqual(3);
    const token = cli<{ id: string; secret: string }>("token create", "--workspace", workspaceId, "--permissions", "data:read");
    dataAuth = `Basic ${Buffer.from(`${token.id}:${token.secret}`).toString("base64")}`;
    asset = { publicId, signedId: seeded.playbackIds.find((p) => p.policy === "signed")!.id, renditions };
  });

  test("the embed page plays, switches rendition, survives a stall and a seek, and reports the view", async ({ page, request }) => {
    const beacons = captureBeacons(page);
    await page.goto(`/embed/${asset.publicId}?autoplay=1&muted=1`);
    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(0.2);
    await expect.poll(() => beacons.find("renditionchange").length).toBeGreaterThan(0);
    const startHeight = beacons.find("renditionchange").at(-1)!.rendition_height;
    const target = [...asset.renditions].sort((a, b) => a.height - b.height).find((r) => r.height !== startHeight)!;

    // Stall: the first segment of the rendition we switch to answers only after more than the
    // buffer hls.js keeps across a smooth switch (the current segment and part of the next).
    const delayMs = Math.min(8_000, Math.round(target.segmentSeconds * 2.5 * 1000 + 1000));
    let delayed = 0;
    await page.route(`**${target.dir}*.m4s*`, async (route) => {
      if (delayed++ === 0) await new Promise((r) => setTimeout(r, delayMs));
      await route.continue();
    });
    await page.getByRole("button", { name: "Settings" }).click();
    const quality = page.getByLabel("Quality");
    await quality.selectOption({ label: (await quality.getByRole("option", { name: new RegExp(`^${target.height}p`) }).textContent())! });
    await expect.poll(() => beacons.find("rebufferend").length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => beacons.events.some((e) => e.type === "renditionchange" && e.rendition_height === target.height), { timeout: 20_000 }).toBe(true);

    // Seek with the keyboard: "1" jumps to 10 %.
    await page.getByRole("region", { name: /Video player/ }).focus();
    await page.keyboard.press("1");
    await expect.poll(() => beacons.find("seeked").length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(1);
    // Taking the player off the page ends the view. (pagehide → sendBeacon does the same on unload,
    // but Playwright does not see requests of a document that is already gone.)
    await page.locator("keyframe-player").evaluate((el) => el.remove());
    await expect.poll(() => beacons.find("viewend").length).toBe(1);

    const types = beacons.types();
    for (const type of ["playerready", "viewstart", "play", "playing", "seeking", "seeked", "renditionchange", "viewend"] as const) expect(types).toContain(type);
    const [start, end] = [beacons.find("rebufferstart"), beacons.find("rebufferend")];
    expect(start).toHaveLength(1);
    expect(end).toHaveLength(1);
    expect(end[0]!.seq).toBeGreaterThan(start[0]!.seq);
    expect(end[0]!.ts - start[0]!.ts).toBeGreaterThan(500); // the stall we made, not a blip
    expect(end[0]!.ts - start[0]!.ts).toBeLessThan(delayMs + 2_000);
    const viewstart = beacons.find("viewstart")[0]!;
    const startup = beacons.find("playing")[0]!.ts - viewstart.ts;
    expect(startup).toBeGreaterThanOrEqual(0);
    expect(startup).toBeLessThan(5_000);
    expect(viewstart.dimensions).toMatchObject({ playback_id: asset.publicId, player_name: "keyframe-player", player_software: "hls.js", player_autoplay: true, sdk_name: "keyframe-data" });
    expect(viewstart.dimensions?.viewer_id).toBeTruthy();
    // One view, numbered without gaps, in the order they happened.
    const viewEvents = beacons.events.filter((e) => e.view_id === viewstart.view_id).sort((a, b) => a.seq - b.seq);
    expect(viewEvents.map((e) => e.seq)).toEqual(viewEvents.map((_, i) => i));
    expect(beacons.statuses.length).toBeGreaterThan(0);
    expect(beacons.statuses.every((s) => s === 202)).toBe(true); // the ingest took every batch

    // The other half: the view as the Data API computed it from these beacons.
    await expect.poll(async () => (await fetchView(request, viewstart.view_id))?.events.some((e) => e.name === "viewend"), { timeout: 15_000 }).toBe(true);
    const view = (await fetchView(request, viewstart.view_id))!;
    expect(view).toMatchObject({ playback_id: asset.publicId, rebuffer_count: 1 });
    expect(view.browser_name).toMatch(/Chrom/);
    expect(view.seek_count).toBeGreaterThanOrEqual(1);
    expect(view.video_startup_time).toBeGreaterThan(0);
    expect(view.video_startup_time).toBeLessThan(5_000);
  });

  test("a failing source shows an error and sends an error beacon with the hls.js error code", async ({ page, request }) => {
    const beacons = captureBeacons(page);
    await page.route(`**/stream/${asset.publicId}.m3u8*`, (route) => route.fulfill({ status: 500, body: "boom" }));
    // The page inlines a public master; with a token (ignored for a public ID) it leaves it to the player's request.
    await page.goto(`/embed/${asset.publicId}?autoplay=1&muted=1&token=unused`);
    await expect(page.locator("keyframe-player").getByRole("alert")).toContainText("Playback failed", { timeout: 20_000 });
    await expect.poll(() => beacons.find("error").length, { timeout: 10_000 }).toBe(1);
    expect(beacons.find("error")[0]).toMatchObject({ error_code: "manifestLoadError:500" });
    // The autoplay attempt opened the view (viewstart, play); it never reached `playing`.
    expect(beacons.types().filter((t) => t !== "play")).toEqual(["playerready", "viewstart", "error"]);
    const viewId = beacons.find("error")[0]!.view_id;
    await expect.poll(async () => (await fetchView(request, viewId))?.error_code, { timeout: 15_000 }).toBe("manifestLoadError:500");
    expect((await fetchView(request, viewId))!.playback_failed).toBe(true);
  });

  test("embed: frameable from another origin, 404 for unknown IDs, a clear message for signed IDs without a valid token", async ({ page }) => {
    const res = await page.goto(`/embed/${asset.publicId}?muted=1&primary_color=ff0066`);
    expect(res!.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(res!.headers()["x-frame-options"]).toBeUndefined();
    await expect(page.getByRole("button", { name: "Play" }).first()).toBeVisible();
    expect(await page.locator("keyframe-player").evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector(".kfp")!).getPropertyValue("--kfp-accent"))).toBe("#ff0066");

    // Another origin on loopback: a tiny site of our own that frames the embed. (A page Playwright
    // fulfils counts as public, and Chromium refuses public → local-network frames.)
    const site = http.createServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end(`<iframe src="http://localhost:${e2ePort}/embed/${asset.publicId}?autoplay=1&muted=1" width="640" height="360" allow="autoplay; fullscreen"></iframe>`),
    );
    await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const framed = page.frameLocator("iframe").locator("keyframe-player video");
    await expect.poll(() => framed.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.2);

    site.close();
    const missing = await page.goto("/embed/nosuchplaybackid0001");
    expect(missing!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Video not found" })).toBeVisible();
    await expect(page.getByRole("navigation")).toHaveCount(0); // no console chrome

    await page.goto(`/embed/${asset.signedId}`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("needs a valid playback token");
    await page.goto(`/embed/${asset.signedId}?token=not.a.token`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("not valid for this video");
  });

  test("embed page: plain HTML and one precompressed player module; the start playlists inline, the start segments fetched once", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (req) => requests.push(new URL(req.url()).pathname));
    const modules: { path: string; encoding?: string; cacheControl?: string }[] = [];
    page.on("response", (res) => res.request().resourceType() === "script" && modules.push({ path: new URL(res.url()).pathname, encoding: res.headers()["content-encoding"], cacheControl: res.headers()["cache-control"] }));
    await page.goto(`/embed/${asset.publicId}?autoplay=1&muted=1`);
    await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(1);

    expect(modules).toEqual([{ path: expect.stringMatching(/^\/embed\/player\/keyframe-player-light-[0-9a-f]{12}\.js\.br$/), encoding: "br", cacheControl: expect.stringContaining("immutable") }]);
    expect(requests.some((p) => p.startsWith("/_next/"))).toBe(false);
    expect(requests).not.toContain(`/stream/${asset.publicId}.m3u8`); // inline, as is the start rendition's playlist
    // The start rendition's init and first segment: preloaded by the page, then taken by hls.js without a second request.
    const preloads = await page.locator('link[rel="preload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloads).toEqual([expect.stringMatching(/\.mp4$/), expect.stringMatching(/\.m4s$/)]);
    for (const path of preloads) expect(requests.filter((p) => p === path)).toHaveLength(1);
  });

  test("keyboard shortcuts, accessible controls, poster and storyboard preview", async ({ page }) => {
    await page.goto(`/embed/${asset.publicId}?muted=1`);
    for (const name of ["Play", "Unmute", "Settings", "Picture-in-picture", "Fullscreen"]) await expect(page.getByRole("button", { name }).first()).toBeVisible();
    await expect(page.getByRole("slider", { name: "Volume" })).toBeVisible();
    const seek = page.getByRole("slider", { name: "Seek" });
    await expect(seek).toHaveAttribute("aria-valuetext", /of 0:1\d/, { timeout: 15_000 });
    expect(await player(page).getAttribute("poster")).toBe(`/image/${asset.publicId}/thumbnail.jpg`);

    const region = page.getByRole("region", { name: /Video player/ });
    await region.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute("aria-label"))).toBe("Seek");
    await region.focus();
    await page.keyboard.press(" ");
    await expect.poll(() => player(page).evaluate((v: HTMLVideoElement) => !v.paused)).toBe(true);
    await expect(page.getByRole("button", { name: "Pause" }).first()).toBeVisible();
    await page.keyboard.press("k");
    await expect.poll(() => player(page).evaluate((v: HTMLVideoElement) => v.paused)).toBe(true);
    await page.keyboard.press("m");
    await expect.poll(() => player(page).evaluate((v: HTMLVideoElement) => v.muted)).toBe(false);
    await page.keyboard.press("5");
    await expect.poll(() => currentTime(page)).toBeGreaterThan(4);
    await expect(seek).toHaveAttribute("aria-valuenow", /^[45]$/);
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe("KEYFRAME-PLAYER");
    await expect(page.getByRole("button", { name: "Exit fullscreen" })).toBeVisible();
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement ?? null)).toBeNull();

    // Scrubbing shows the storyboard tile from /image/{id}/storyboard.vtt.
    const box = (await seek.boundingBox())!;
    await expect
      .poll(async () => {
        await page.mouse.move(box.x + box.width * 0.5 + Math.random(), box.y + box.height / 2);
        return page.locator("keyframe-player .kfp-preview-img").evaluate((el: HTMLElement) => (el.hidden ? "" : el.style.backgroundImage));
      }, { timeout: 60_000, intervals: [500] })
      .toContain(`/image/${asset.publicId}/storyboard.jpg`);
  });
});
