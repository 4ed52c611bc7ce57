/**
 * `npm run bench:pipeline`: the processing pipeline measured end to end on this machine — the real
 * function registry, embedded workflow runtime (WORKFLOW_POLL_MS as configured) and a worker child
 * process, on PGlite. Reports upload complete (asset created) → first playable (ready) for a 60 s
 * 1080p standard input and a 60 s 1080p HEVC one, and the whole pipeline's wall time against the
 * same media jobs run directly with runFfmpegJob, one after another, in the same run.
 */
import fs from "node:fs";
import path from "node:path";
import { preparePipelineEnv } from "@/server/testing/prepare-pipeline-env";

const { dataDir } = await preparePipelineEnv();
const { startVideoPipeline } = await import("@/server/testing/start-video-pipeline");
const { runFfmpegJob } = await import("@/server/media/ffmpeg/run-ffmpeg-job");
const { mediaJobs, workflowRuns, workflowSteps } = await import("@/server/db/schema");
const { eq, asc } = await import("drizzle-orm");

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const fixtures = path.join(dataDir, "bench-fixtures");
fs.mkdirSync(fixtures, { recursive: true });
const at = (name: string) => path.join(fixtures, name);
const raw = at("raw.mp4");
console.log(`making ${SECONDS} s 1080p fixtures…`);
await runFfmpegJob({ type: "lavfi-clip", output: raw, durationSeconds: SECONDS, width: 1920, height: 1080, fps: 30 });
// Stream-ready H.264 (keyframe every 2 s) is the standard input; HEVC must be transcoded for browsers.
await runFfmpegJob({ type: "clip", input: raw, output: at("standard.mp4") });
await runFfmpegJob({ type: "lavfi-clip", output: at("hevc.mp4"), durationSeconds: SECONDS, width: 1920, height: 1080, fps: 30, videoCodec: "hevc" });

const pipeline = await startVideoPipeline({ kind: "pglite" });
const ms = (a: Date, b: Date) => b.getTime() - a.getTime();
const results: string[] = [];

async function measure(label: string, file: string) {
  const asset = await pipeline.createUploadedAsset(file);
  const ready = await pipeline.waitForAsset(asset.id, (a) => a.status !== "preparing", 600_000);
  if (ready.status !== "ready") throw new Error(`${label} errored: ${JSON.stringify(ready.errors)}`);
  const done = await pipeline.waitForAsset(asset.id, (a) => a.progress.state === "completed", 900_000);
  const pipelineMs = ms(asset.createdAt, done.updatedAt);
  if (process.env.BENCH_TIMELINE) {
    const db = pipeline.database.db;
    const runs = await db.select().from(workflowRuns);
    const run = runs.find((r) => JSON.stringify(r.event).includes(asset.id));
    const steps = run ? await db.select().from(workflowSteps).where(eq(workflowSteps.runId, run.id)).orderBy(asc(workflowSteps.startedAt)) : [];
    for (const s of steps) console.log(`  ${s.name.padEnd(28)} +${ms(asset.createdAt, s.startedAt)}..+${s.endedAt ? ms(asset.createdAt, s.endedAt) : "?"} ms`);
    const jobs = await db.select().from(mediaJobs).where(eq(mediaJobs.correlationId, asset.id)).orderBy(asc(mediaJobs.createdAt));
    for (const j of jobs) console.log(`  job ${j.type.padEnd(24)} created +${ms(asset.createdAt, j.createdAt)} started +${ms(asset.createdAt, j.startedAt!)} finished +${ms(asset.createdAt, j.finishedAt!)} ms`);
  }
  const jobs = await pipeline.database.db.select().from(mediaJobs).where(eq(mediaJobs.correlationId, asset.id)).orderBy(asc(mediaJobs.createdAt));
  // The same jobs, run directly on local files, one after another: the floor the pipeline is compared to.
  const direct = Date.now();
  for (const job of jobs) {
    const local = structuredClone(job.input) as Record<string, unknown>;
    if ("input" in local) local.input = file;
    if ("outputDir" in local) local.outputDir = path.join(dataDir, "direct", label);
    if ("output" in local) local.output = path.join(dataDir, "direct", `${label}-${job.type}.mp4`);
    await runFfmpegJob(local as Parameters<typeof runFfmpegJob>[0]);
  }
  const directMs = Date.now() - direct;
  const line = `${label}: ready ${ms(asset.createdAt, ready.readyAt!)} ms after upload complete; whole ladder ${pipelineMs} ms through the pipeline vs ${directMs} ms direct (ratio ${(pipelineMs / directMs).toFixed(3)}); jobs: ${jobs.map((j) => `${j.type} ${ms(j.startedAt!, j.finishedAt!)}ms`).join(", ")}`;
  console.log(line);
  results.push(line);
}

try {
  await measure("standard-1080p-h264", at("standard.mp4"));
  await measure("nonstandard-1080p-hevc", at("hevc.mp4"));
} finally {
  await pipeline.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`\n${results.join("\n")}`);
