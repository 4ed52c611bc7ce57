import { spawn } from "node:child_process";
import type { Page } from "@playwright/test";
import { e2eLivePorts } from "../environment";
import { expect, signIn, test } from "../fixtures";

async function workspaceOf(page: Page): Promise<string> {
  await page.waitForURL(/\/w\/[^/]+/);
  return /\/w\/([^/]+)/.exec(page.url())![1]!;
}

/** Creates a stream through the console's dialog with a preset and lands on its page. */
async function createStream(page: Page, workspaceId: string, preset: string, passthrough: string): Promise<string> {
  await page.goto(`/w/${workspaceId}/live-streams`);
  await page.getByRole("button", { name: "New live stream" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New live stream" });
  await dialog.getByRole("radio", { name: new RegExp(preset) }).check();
  await dialog.getByLabel("Passthrough (optional)").fill(passthrough);
  await dialog.getByRole("button", { name: "Create live stream" }).click();
  await page.waitForURL(/\/live-streams\/[^/]+$/);
  await expect(page.getByRole("heading", { name: passthrough })).toBeVisible();
  return /\/live-streams\/([^/]+)$/.exec(page.url())![1]!;
}

test.describe("live streams in the console", () => {
  test("create with a preset, ingest URLs and key (reveal, copy, reset), simulcast targets, disable and enable", async ({ page, context }, testInfo) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signIn(page);
    const workspaceId = await workspaceOf(page);

    // The form checks its fields before sending, naming the field.
    await page.goto(`/w/${workspaceId}/live-streams`);
    await page.getByRole("button", { name: "New live stream" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New live stream" });
    await dialog.getByLabel("Max continuous duration (s)").fill("30");
    await dialog.getByRole("button", { name: "Create live stream" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Max continuous duration must be at least 60 seconds");
    await dialog.getByRole("button", { name: "Cancel" }).click();

    const name = `E2E low latency ${Date.now()}`;
    const streamId = await createStream(page, workspaceId, "Low latency", name);
    await expect(page.getByTestId("live-status")).toHaveText("Idle");
    await expect(page.getByTestId("live-settings")).toContainText("Low (LL-HLS)");
    await expect(page.getByTestId("live-settings")).toContainText("Recording");
    await expect(page.getByTestId("live-preview-placeholder")).toHaveText("The preview starts when a publisher connects.");
    await expect(page.getByText("No publisher connected.")).toBeVisible();

    // In the list: the row links to the stream, with its status and latency mode.
    await page.getByRole("link", { name: "Live streams" }).first().click();
    const row = page.getByTestId("live-stream-row").filter({ hasText: name });
    await expect(row).toContainText("Idle");
    await expect(row).toContainText("Low (LL-HLS)");
    await row.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/live-streams/${streamId}$`));

    // Ingest: RTMP server as OBS wants it, the key masked until revealed, SRT carrying the key in streamid.
    await expect(page.getByTestId("ingest-rtmp-url")).toHaveText(/^rtmp:\/\/[^/]+:\d+\/live$/);
    const key = page.getByTestId("stream-key");
    await expect(key).toHaveText(/^•+$/);
    await expect(page.getByTestId("ingest-srt-url")).toHaveText(/^srt:\/\/[^?]+\?streamid=•+$/);
    await page.getByRole("button", { name: "Reveal stream key" }).click();
    await expect(key).not.toHaveText(/•/);
    const firstKey = (await key.textContent())!;
    expect(firstKey.length).toBeGreaterThanOrEqual(16);
    await expect(page.getByTestId("ingest-srt-url")).toContainText(`streamid=${encodeURIComponent(firstKey)}`);
    await page.getByRole("button", { name: "Copy stream key" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstKey);
    await page.getByRole("button", { name: "Hide stream key" }).click();
    await expect(key).toHaveText(/^•+$/);
    await page.getByText("Encoder settings (OBS, ffmpeg)").click();
    await expect(page.getByTestId("obs-hint")).toContainText("Keyframe interval: 2 s");
    await expect(page.getByTestId("obs-hint")).toContainText("zerolatency");

    // Reset the key (confirmed): a different key from then on.
    await page.getByRole("button", { name: "Reset", exact: true }).click();
    const confirm = page.getByRole("dialog", { name: "Reset the stream key?" });
    await confirm.getByRole("button", { name: "Reset stream key" }).click();
    await expect(confirm).toBeHidden();
    await page.getByRole("button", { name: "Reveal stream key" }).click();
    await expect(key).not.toHaveText(firstKey);
    await expect(key).not.toHaveText(/•/);

    // Simulcast targets: a bad URL is refused with the field named; a good one is listed idle, then deleted.
    await page.getByLabel("Target URL").fill("https://example.com/live");
    await page.getByRole("button", { name: "Add target" }).click();
    await expect(page.getByText("URL must be an rtmp://, rtmps:// or srt:// URL")).toBeVisible();
    await page.getByLabel("Target URL").fill("rtmp://127.0.0.1:19350/live2");
    await page.getByLabel("Stream key", { exact: true }).fill("secret-target-key-1234");
    await page.getByRole("button", { name: "Add target" }).click();
    const target = page.getByTestId("simulcast-target");
    await expect(target).toHaveCount(1);
    await expect(target).toContainText("rtmp://127.0.0.1:19350/live2");
    await expect(target).toContainText("idle");
    await expect(target).toContainText("1234");
    await expect(target).not.toContainText("secret-target-key");
    await expect(page.getByLabel("Target URL")).toHaveValue("");
    await target.getByRole("button", { name: /Delete simulcast target/ }).click();
    await page.getByRole("dialog", { name: "Delete simulcast target?" }).getByRole("button", { name: "Delete target" }).click();
    await expect(target).toHaveCount(0);

    // Playback IDs: the preset made a public one; add a signed one.
    await expect(page.getByTestId("live-playback-id")).toHaveCount(1);
    await page.getByRole("button", { name: "Signed", exact: true }).click();
    await expect(page.getByTestId("live-playback-id")).toHaveCount(2);

    // Disable, then enable.
    await page.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByTestId("live-status")).toHaveText("Disabled");
    await expect(page.getByText("Disabled: publishers are refused")).toBeVisible();
    await page.getByRole("button", { name: "Enable" }).click();
    await expect(page.getByTestId("live-status")).toHaveText("Idle");

    // Edit: switch to standard latency.
    await page.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: "Edit live stream" });
    await edit.getByLabel("Latency mode").selectOption("standard");
    await edit.getByRole("button", { name: "Save" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByTestId("live-settings")).toContainText("Standard");

    await page.screenshot({ path: testInfo.outputPath("live-stream-page.png"), fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(() => document.documentElement.classList.add("dark"));
    await page.screenshot({ path: testInfo.outputPath("live-stream-page-dark.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath("live-stream-page-phone.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Delete (confirmed): back on the list, the stream gone.
    await page.getByRole("button", { name: "Delete", exact: true }).first().click();
    await page.getByRole("dialog", { name: "Delete this live stream?" }).getByRole("button", { name: "Delete live stream" }).click();
    await page.waitForURL(new RegExp(`/w/${workspaceId}/live-streams$`));
    await expect(page.getByTestId("live-stream-row").filter({ hasText: name })).toHaveCount(0);
  });

  test("a stream without recording and with a signed policy", async ({ page }) => {
    await signIn(page);
    const workspaceId = await workspaceOf(page);
    await page.goto(`/w/${workspaceId}/live-streams`);
    await page.getByRole("button", { name: "New live stream" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New live stream" });
    await dialog.getByRole("radio", { name: /Reduced latency/ }).check();
    await expect(dialog.getByLabel("Latency mode")).toHaveValue("reduced");
    await dialog.getByLabel("Playback policy", { exact: true }).selectOption("signed");
    await dialog.getByRole("checkbox", { name: /^Record each broadcast/ }).uncheck();
    await dialog.getByLabel("Passthrough (optional)").fill("E2E signed reduced");
    await dialog.getByRole("button", { name: "Create live stream" }).click();
    await expect(page.getByRole("heading", { name: "E2E signed reduced" })).toBeVisible();
    await expect(page.getByTestId("live-settings")).toContainText("Reduced");
    await expect(page.getByTestId("live-settings")).toContainText(/RecordingOff/);
    await expect(page.getByText("Recording is off for this stream.")).toBeVisible();
    await expect(page.getByTestId("live-playback-id")).toHaveCount(1);
    await expect(page.getByTestId("live-playback-id")).toContainText("signed");
  });

  test("while a publisher is live: status, health with the bitrate line, preview latency; complete ends the broadcast", async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await signIn(page);
    const workspaceId = await workspaceOf(page);
    await createStream(page, workspaceId, "Low latency", "E2E console publish");
    await page.getByRole("button", { name: "Reveal stream key" }).click();
    const key = (await page.getByTestId("stream-key").textContent())!;
    // A generated 640×360 feed with 2 s keyframes, as OBS would send it.
    const publisher = spawn("ffmpeg", [
      "-hide_banner", "-loglevel", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30", "-f", "lavfi", "-i", "sine=frequency=440",
      "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-g", "60", "-b:v", "1500k", "-c:a", "aac", "-f", "flv", `rtmp://127.0.0.1:${e2eLivePorts.rtmp}/live/${key}`,
    ], { stdio: "ignore" });
    try {
      await expect(page.getByTestId("live-status")).toHaveText("Live", { timeout: 30_000 });
      await expect(page.getByTestId("health-input-bitrate")).toHaveText(/\d.*(kbps|Mbps)/, { timeout: 20_000 });
      await expect(page.getByTestId("health-resolution")).toHaveText("640×360");
      await expect(page.getByTestId("health-codecs")).toHaveText("H264 + AAC");
      await expect(page.getByTestId("health-keyframe-interval")).toHaveText("2 s");
      // The bitrate line grows with each 2 s poll.
      await expect.poll(async () => Number(await page.getByTestId("bitrate-sparkline").getAttribute("data-points")), { timeout: 20_000 }).toBeGreaterThan(2);
      // The preview plays the stream and measures its latency (program date time vs the clock).
      await expect(page.getByTestId("preview-latency")).toHaveText(/^Latency \d+(\.\d)? s$/, { timeout: 40_000 });
      expect(Number(await page.getByTestId("live-preview").getAttribute("data-latency"))).toBeGreaterThan(0);
      await expect(page.getByTestId("viewer-count")).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath("live-stream-publishing.png"), fullPage: true });

      await page.getByRole("button", { name: "Complete" }).click();
      await page.getByRole("dialog", { name: "Complete the broadcast?" }).getByRole("button", { name: "Complete" }).click();
      await expect(page.getByTestId("live-status")).toHaveText("Idle", { timeout: 30_000 });
      await expect(page.getByText("No publisher connected.")).toBeVisible();
      await expect(page.getByTestId("session-row")).toHaveCount(1);
      await expect(page.getByTestId("session-row")).toContainText("ended");
      await expect(page.getByTestId("recording-row")).toHaveCount(1);
    } finally {
      publisher.kill("SIGTERM");
    }
  });
});
