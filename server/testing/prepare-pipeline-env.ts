/**
 * Test harness, step 1 (tests only): points this process's environment at a private workflow port,
 * keys, data directory and local storage. Call it before anything imports server/env — then import
 * start-video-pipeline dynamically. No imports of app modules here, on purpose.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export async function preparePipelineEnv(): Promise<{ dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-pipeline-"));
  Object.assign(process.env, {
    WORKFLOW_PORT: String(await freePort()),
    INNGEST_SIGNING_KEY: `signkey-test-${randomBytes(32).toString("hex")}`,
    INNGEST_EVENT_KEY: `test-${randomBytes(8).toString("hex")}`,
    DATA_DIR: dataDir,
    STORAGE_DRIVER: "local",
    INGEST_ALLOW_PRIVATE_URLS: "true",
    // Pipeline tests start workers of their own; live tests start an ingest node explicitly.
    LIVE_INGEST_ENABLED: "false",
  });
  return { dataDir };
}
