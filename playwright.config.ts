import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { e2eAdmin, e2eDataDir, e2eLivePorts, e2ePort } from "./e2e/environment";

/** End-to-end tests drive Debian's Chromium against the whole platform started as `npm start` does. */
export default defineConfig({
  testDir: "e2e",
  // Per port, so two suites on one machine (a dev run beside CI) never share artifacts.
  outputDir: path.join(os.tmpdir(), `keyframe-e2e-results-${e2ePort}`),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".data/test-results/playwright.json" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://localhost:${e2ePort}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: "node server/runtime/bootstrap.mjs start",
    url: `http://localhost:${e2ePort}/api/health`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(e2ePort),
      DATA_DIR: e2eDataDir,
      WORKFLOW_PORT: String(e2ePort + 1),
      // Live ingest and origin on ports of their own, so a dev instance on the defaults is untouched.
      LIVE_RTMP_PORT: String(e2eLivePorts.rtmp),
      LIVE_SRT_PORT: String(e2eLivePorts.srt),
      LIVE_ORIGIN_PORT: String(e2eLivePorts.origin),
      KEYFRAME_ADMIN_EMAIL: e2eAdmin.email,
      KEYFRAME_ADMIN_PASSWORD: e2eAdmin.password,
      KEYFRAME_SKIP_INSTALL: "1",
    },
  },
});
