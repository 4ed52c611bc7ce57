import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, signIn, test } from "../fixtures";

/** A 2 s 320x180 H.264/AAC clip made on the spot with ffmpeg's lavfi sources. */
function makeClip(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kf-e2e-upload-")), "e2e-clip.mp4");
  execFileSync("ffmpeg", [
    "-hide_banner", "-loglevel", "error",
    "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25",
    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
    "-t", "2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file,
  ]);
  return file;
}

test("a file uploaded from the console reaches 100% and becomes an asset", async ({ page }) => {
  const clip = makeClip();
  await signIn(page);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Uploads" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/uploads$/);
  const workspaceId = new URL(page.url()).pathname.split("/")[2]!;

  await page.getByLabel("Choose files to upload").setInputFiles(clip);

  const row = page.getByRole("listitem", { name: "Upload of e2e-clip.mp4" });
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  const assetLink = row.getByRole("link", { name: /View asset/ });
  await expect(assetLink).toBeVisible({ timeout: 30_000 });
  await expect(assetLink).toHaveAttribute("href", new RegExp(`^/w/${workspaceId}/assets/[\\w-]+$`));

  // The recent uploads table shows the same upload as asset_created with its asset.
  const assetId = (await assetLink.getAttribute("href"))!.split("/").pop()!;
  await expect(page.getByRole("table", { name: "Recent uploads" }).getByRole("link", { name: assetId })).toBeVisible({ timeout: 15_000 });
});
