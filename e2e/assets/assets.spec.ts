import { execFileSync } from "node:child_process";
import { e2eDataDir, e2ePort } from "../environment";
import { expect, signIn, test } from "../fixtures";

type Seeded = { assetId: string; playbackIds: { id: string; policy: string }[] };

function seed(workspaceId: string, policies: string, title: string): Seeded {
  const out = execFileSync("npx", ["tsx", "e2e/assets/seed-playable-asset.ts", workspaceId, policies, title], {
    env: { ...process.env, DATA_DIR: e2eDataDir, WORKFLOW_PORT: String(e2ePort + 1) },
    encoding: "utf8",
    timeout: 150_000,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Seeded;
}

async function workspaceOf(page: import("@playwright/test").Page): Promise<string> {
  await page.waitForURL(/\/w\/[^/]+/);
  return /\/w\/([^/]+)/.exec(page.url())![1]!;
}

/** currentTime of the asset page's <video> once it has advanced past `seconds`. */
async function expectPlaying(page: import("@playwright/test").Page, seconds = 1) {
  const video = page.getByTestId("asset-player").locator("video");
  await video.evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(seconds);
}

test.describe("assets", () => {
  test.describe.configure({ timeout: 240_000 });

  test("the asset page plays an HLS ladder with hls.js and lists it", async ({ page }) => {
    await signIn(page);
    const workspaceId = await workspaceOf(page);
    const asset = seed(workspaceId, "public", "E2E ladder");
    const publicId = asset.playbackIds[0]!.id;

    const master = await (await page.request.get(`/stream/${publicId}.m3u8`)).text();
    expect(master.match(/#EXT-X-STREAM-INF/g)?.length).toBeGreaterThanOrEqual(3);

    await page.goto(`/w/${workspaceId}/assets`);
    await expect(page.getByRole("link", { name: "E2E ladder" }).first()).toBeVisible();
    await page.getByLabel("Search assets").fill(asset.assetId);
    await expect(page.getByRole("table", { name: "Assets" }).getByRole("row")).toHaveCount(2);
    await page.getByRole("link", { name: "E2E ladder" }).click();

    await expect(page.getByRole("heading", { name: "E2E ladder" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Renditions" }).getByRole("row")).toHaveCount(4);
    await expectPlaying(page);
    await page.getByRole("button", { name: "Settings" }).click(); // the player's quality menu
    const quality = page.getByLabel("Quality");
    await expect(quality.getByRole("option")).toHaveCount(4); // Auto + 3 renditions
    // Pin the lowest rendition, replay from the start: hls.js switches and reports it.
    await quality.selectOption({ label: (await quality.getByRole("option", { name: /^180p/ }).textContent())! });
    await page.getByTestId("asset-player").locator("video").evaluate((v: HTMLVideoElement) => {
      v.currentTime = 0;
      return v.play();
    });
    await expect(page.getByTestId("player-level")).toContainText("180p", { timeout: 20_000 });

    await page.screenshot({ path: "test-results/asset-page-light.png", fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(() => document.documentElement.classList.add("dark"));
    await page.screenshot({ path: "test-results/asset-page-dark.png", fullPage: true });
  });

  test("signed playback fails without a token and plays with a signed URL", async ({ page }) => {
    await signIn(page);
    const workspaceId = await workspaceOf(page);
    const asset = seed(workspaceId, "signed", "E2E signed");
    const signedId = asset.playbackIds[0]!.id;
    expect((await page.request.get(`/stream/${signedId}.m3u8`)).status()).toBe(403);

    await page.goto(`/w/${workspaceId}/assets/${asset.assetId}`);
    await expect(page.getByText(/No public playback ID/)).toBeVisible();
    await page.getByRole("button", { name: "Generate key" }).click();
    await expect(page.getByLabel("Private key (base64 or PEM)")).not.toHaveValue("");
    await page.getByRole("button", { name: "Sign URL" }).click();
    const url = (await page.getByTestId("signed-url").textContent())!;
    expect(url).toContain(`/stream/${signedId}.m3u8?token=`);
    expect((await page.request.get(url)).status()).toBe(200);
    await page.getByRole("button", { name: "Play in player" }).click();
    await expectPlaying(page);

    // The signed embed snippet plays on the embed page with its token.
    const snippet = (await page.getByTestId("signed-embed").textContent())!;
    const embedUrl = /src="([^"]+)"/.exec(snippet)![1]!;
    expect(embedUrl).toContain(`/embed/${signedId}?token=`);
    await page.goto(embedUrl.replaceAll("&amp;", "&"));
    const embedded = page.locator("keyframe-player video");
    await embedded.evaluate((v: HTMLVideoElement) => ((v.muted = true), v.play()));
    await expect.poll(() => embedded.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(1);
  });
});
