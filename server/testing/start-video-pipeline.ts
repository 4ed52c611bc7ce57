/**
 * Test harness, step 2 (tests only): the whole processing pipeline for real — a fresh database,
 * the app's function registry served by the SDK on an ephemeral port, the embedded workflow
 * runtime, and a media worker child process — plus helpers to create an uploaded asset and wait
 * for it. Call preparePipelineEnv() first, then import this module dynamically.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { serve } from "inngest/node";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { createAsset } from "@/server/assets/create-asset";
import type { CreateAssetInput } from "@/server/assets/schemas";
import { assets } from "@/server/db/schema";
import { dataDir, env } from "@/server/env";
import { newId } from "@/server/ids";
import { getStorage } from "@/server/storage/get-storage";
import { startWorkflowRuntime, type WorkflowRuntime } from "@/server/workflows/start-workflow-runtime";
import { resolveWorkflowKeys } from "@/server/workflows/resolve-workflow-keys";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { useTestDatabase, type DatabaseKind, type TestDatabase } from "./test-database";

type Asset = typeof assets.$inferSelect;

export interface VideoPipeline {
  database: TestDatabase;
  workspaceId: string;
  dataDir: string;
  /** Stores `file` as an upload and creates its asset (emits video/asset.created). */
  createUploadedAsset(file: string, settings?: Omit<CreateAssetInput, "input">): Promise<Asset>;
  /** Polls the asset row until `done` holds (default: ready or errored). */
  waitForAsset(assetId: string, done?: (asset: Asset) => boolean, timeoutMs?: number): Promise<Asset>;
  workerOutput(): string;
  close(): Promise<void>;
}

export async function startVideoPipeline(options: { kind: DatabaseKind; workerEnv?: Record<string, string> }): Promise<VideoPipeline> {
  const database = await useTestDatabase(options.kind);
  const org = await ensureDefaultSetup();
  const workspace = await createWorkspace({ organizationId: org.id, name: `pipeline-${newId(6)}` });
  const app = http.createServer(serve({ client: inngest, functions: [...functions] }));
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", () => resolve()));
  const keys = resolveWorkflowKeys();
  const runtime: WorkflowRuntime = await startWorkflowRuntime({
    db: database.db,
    appUrl: `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`,
    port: env.WORKFLOW_PORT,
    signingKey: keys.signingKey,
    eventKey: keys.eventKey,
    concurrency: 8,
    pollMs: env.WORKFLOW_POLL_MS,
    leaseMs: 10_000,
    retryBaseMs: 200,
  });
  await runtime.registered;

  const output: string[] = [];
  const worker: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/worker/main.ts"], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: database.url, WORKER_CONCURRENCY: "1", WORKER_POLL_MS: "50", ...options.workerEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker.stdout!.on("data", (c: Buffer) => output.push(c.toString()));
  worker.stderr!.on("data", (c: Buffer) => output.push(c.toString()));
  // Assets created before the worker claims anything would time its start-up, not the pipeline.
  for (const deadline = Date.now() + 60_000; !output.join("").includes("media job(s) at once"); ) {
    if (worker.exitCode !== null || Date.now() > deadline) throw new Error(`the media worker did not start:\n${output.join("")}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  const readAsset = async (assetId: string) => (await database.db.select().from(assets).where(eq(assets.id, assetId)))[0]!;

  return {
    database,
    workspaceId: workspace.id,
    dataDir,
    async createUploadedAsset(file, settings = { playback_policy: ["public"] }) {
      const id = newId();
      const key = `uploads/${id}/data`;
      const stored = await getStorage().put(key, { file });
      return createAsset({ workspaceId: workspace.id, settings, upload: { id, sourceKey: key, sourceSize: stored.size } });
    },
    async waitForAsset(assetId, done = (a) => a.status !== "preparing", timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const asset = await readAsset(assetId);
        if (done(asset)) return asset;
        if (Date.now() > deadline) throw new Error(`asset ${assetId} timed out: ${JSON.stringify({ status: asset.status, progress: asset.progress, errors: asset.errors })}\nworker:\n${output.join("").slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    workerOutput: () => output.join(""),
    async close() {
      if (worker.exitCode === null) {
        worker.kill("SIGTERM");
        await new Promise((r) => worker.once("exit", r));
      }
      await runtime.stop({ graceMs: 500 });
      app.closeAllConnections();
      await new Promise<void>((resolve) => app.close(() => resolve()));
      await database.close();
    },
  };
}
