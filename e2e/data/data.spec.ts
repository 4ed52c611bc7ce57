import { expect, signIn, test } from "../fixtures";

const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

test("the Data page turns beacons into cards, filters, errors and a view's timeline", async ({ page, request }, testInfo) => {
  await signIn(page);
  await page.waitForURL(/\/w\/[^/]+/);
  const workspaceId = /\/w\/([^/]+)/.exec(page.url())![1]!;
  const title = `E2E data ${Date.now()}`;
  const t = Date.now() - 60_000;
  const played = `e2e-played-${Date.now()}`;
  const failed = `e2e-failed-${Date.now()}`;
  // Beacons as a customer's page sends them: another origin, text/plain (sendBeacon), env_key = workspace.
  const res = await request.post("/data/v1/beacons", {
    headers: { "content-type": "text/plain;charset=UTF-8", origin: "https://customer.example", "user-agent": chrome, "cf-ipcountry": "NL" },
    data: JSON.stringify({
      events: [
        { view_id: played, seq: 0, type: "viewstart", ts: t, dimensions: { env_key: workspaceId, video_title: title, player_width: 640, player_height: 360 } },
        { view_id: played, seq: 1, type: "play", ts: t },
        { view_id: played, seq: 2, type: "renditionchange", ts: t + 100, bitrate: 1_200_000, rendition_width: 640, rendition_height: 360 },
        { view_id: played, seq: 3, type: "playing", ts: t + 900 },
        { view_id: played, seq: 4, type: "rebufferstart", ts: t + 5000 },
        { view_id: played, seq: 5, type: "rebufferend", ts: t + 6500 },
        { view_id: played, seq: 6, type: "viewend", ts: t + 15_000 },
        { view_id: failed, seq: 0, type: "viewstart", ts: t, dimensions: { env_key: workspaceId, video_title: title } },
        { view_id: failed, seq: 1, type: "play", ts: t },
        { view_id: failed, seq: 2, type: "error", ts: t + 2000, error_code: "e2eManifestError:404", error_message: "HTTP 404" },
      ],
    }),
  });
  expect(res.status()).toBe(202);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");

  await page.goto(`/w/${workspaceId}/data`);
  await page.getByLabel("Dimension").selectOption("video_title");
  await page.getByLabel("Value", { exact: true }).selectOption(title);
  await page.getByRole("button", { name: "Add filter" }).click();
  await expect(page.locator('[data-metric="views"]')).toHaveText("2");
  await expect(page.locator('[data-metric="playback_failure_percentage"]')).toHaveText("50.0 %");
  await expect(page.getByRole("button", { name: "e2eManifestError:404" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Chrome", exact: true })).toBeVisible();

  // Open the played view: its timeline shows the stall and the startup time.
  await page.getByRole("row").filter({ hasText: "completed" }).getByRole("button").click();
  const timeline = page.getByRole("list", { name: "View events" });
  await expect(timeline).toContainText("rebufferstart");
  await expect(timeline).toContainText("viewend");
  await expect(page.locator("dl").getByText("900 ms", { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("data-page.png"), fullPage: true });
});
