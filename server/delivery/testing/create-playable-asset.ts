/**
 * Test support: a small asset made playable the way the pipeline does it, without hand-written
 * playlists. A lavfi clip is the source; a running media worker encodes a real fMP4 HLS ladder
 * (the pipeline's hls-encode builder), and the pipeline's own functions record the renditions,
 * publish the master playlist and mark the asset ready. Needs a worker process on the same
 * database and storage.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { markAssetReady } from "@/server/assets/mark-asset-ready";
import { getDb } from "@/server/db/client";
import { assets, playbackIds } from "@/server/db/schema";
import { publishMasterPlaylist } from "@/server/encoding/publish-master-playlist";
import { recordRenditionReady } from "@/server/encoding/record-rendition-ready";
import type { HlsRenditionResult } from "@/server/encoding/hls-rendition-result";
import { newId } from "@/server/ids";
import { enqueueMediaJob } from "@/server/media/enqueue-media-job";
import { runFfmpegJob } from "@/server/media/ffmpeg/run-ffmpeg-job";
import { getMediaJob } from "@/server/media/get-media-job";
import { getStorage } from "@/server/storage/get-storage";

const ladder = [
  { name: "360p", width: 640, height: 360, maxrateKbps: 900 },
  { name: "270p", width: 480, height: 270, maxrateKbps: 500 },
  { name: "180p", width: 320, height: 180, maxrateKbps: 250 },
];

export async function createPlayableAsset(input: {
  workspaceId: string;
  policies: ("public" | "signed")[];
  durationSeconds?: number;
  title?: string;
  settings?: Record<string, unknown>;
  timeoutMs?: number;
}) {
  const durationSeconds = input.durationSeconds ?? 4;
  const db = await getDb();
  const id = newId();
  await db.insert(assets).values({
    id,
    workspaceId: input.workspaceId,
    meta: input.title ? { title: input.title } : {},
    settings: { input: "lavfi://testsrc2", ...input.settings },
    progress: { state: "transcoding", percent: 0, renditions: {} },
  });
  const ids = input.policies.map((policy) => ({ id: newId(), workspaceId: input.workspaceId, assetId: id, policy }));
  if (ids.length) await db.insert(playbackIds).values(ids);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kf-playable-"));
  const clip = path.join(dir, "source.mp4");
  await runFfmpegJob({ type: "lavfi-clip", output: clip, durationSeconds, width: 640, height: 360, fps: 25 });
  await getStorage().put(assetStorageKeys.source(id), { file: clip });
  await fs.rm(dir, { recursive: true, force: true });

  const job = await enqueueMediaJob({
    job: {
      type: "hls-encode",
      input: assetStorageKeys.source(id),
      outputDir: `${assetStorageKeys.prefix(id)}hls`,
      durationSeconds,
      segmentSeconds: 1,
      video: { preset: "ultrafast", crf: 30, frameRate: 25, renditions: ladder },
      audio: { bitrateKbps: 64 },
    },
    workspaceId: input.workspaceId,
    correlationId: id,
  });
  const deadline = Date.now() + (input.timeoutMs ?? 60_000);
  let row = await getMediaJob({ jobId: job.id });
  while (row.status === "queued" || row.status === "running") {
    if (Date.now() > deadline) throw new Error(`hls-encode job ${job.id} did not finish in time`);
    await new Promise((r) => setTimeout(r, 100));
    row = await getMediaJob({ jobId: job.id });
  }
  if (row.status !== "succeeded") throw new Error(`hls-encode job ${job.id} ${row.status}: ${row.error}`);
  for (const rendition of row.result as HlsRenditionResult[]) {
    await recordRenditionReady({ assetId: id, workspaceId: input.workspaceId, rendition, passthrough: false });
  }
  await publishMasterPlaylist(id);
  await db
    .update(assets)
    .set({
      sourceKey: assetStorageKeys.source(id),
      duration: durationSeconds,
      aspectRatio: "16:9",
      maxWidth: 640,
      maxHeight: 360,
      maxFrameRate: 25,
      hasVideo: true,
      hasAudio: true,
      inputInfo: {
        container: "mp4",
        formatName: "mov,mp4,m4a,3gp,3g2,mj2",
        durationSeconds,
        video: [{ codec: "h264", width: 640, height: 360, displayWidth: 640, displayHeight: 360, fps: 25 }],
        audio: [{ codec: "aac", channels: 2, sampleRate: 48000 }],
      },
      progress: { state: "completed", percent: 100, renditions: Object.fromEntries(ladder.map((r) => [r.name, 100])) },
    })
    .where(eq(assets.id, id));
  await markAssetReady({ assetId: id, workspaceId: input.workspaceId });
  return { assetId: id, playbackIds: ids };
}
