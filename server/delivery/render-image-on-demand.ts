import { createHash } from "node:crypto";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import type { assets } from "@/server/db/schema";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { enqueueMediaJob } from "@/server/media/enqueue-media-job";
import type { FfmpegJobInput } from "@/server/media/ffmpeg/builders";
import { getMediaJob } from "@/server/media/get-media-job";
import { getStorage } from "@/server/storage/get-storage";
import { notReadyError } from "./not-ready-error";

type Asset = typeof assets.$inferSelect;
const POLL_MS = 100;
/** A failed render is retried by a later request after this long, not by every request. */
const RETRY_BUCKET_MS = 5 * 60_000;

/**
 * Returns the storage key of a rendered image, rendering it first when it is not cached. The web
 * process never runs ffmpeg: it enqueues a media job (its id is derived from the parameters, so
 * concurrent requests share one job) and polls the row for up to IMAGE_RENDER_WAIT_MS; after that
 * the client gets 503 with Retry-After and the job finishes for the next request.
 */
export async function renderImageOnDemand(
  asset: Asset,
  spec: { kind: string; params: Record<string, unknown>; ext: string; job: (input: string, output: string) => FfmpegJobInput },
): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify([spec.kind, spec.params])).digest("hex").slice(0, 32);
  const key = `${assetStorageKeys.images(asset.id)}cache/${hash}.${spec.ext}`;
  const storage = getStorage();
  if (await storage.head(key)) return key;

  if (asset.status === "errored") throw notReadyError(asset);
  const input = asset.sourceKey ?? assetStorageKeys.source(asset.id);
  if (!(await storage.head(input))) throw notReadyError({ status: "preparing" });

  const jobId = `img_${hash}_${Math.floor(Date.now() / RETRY_BUCKET_MS).toString(36)}`;
  await enqueueMediaJob({ id: jobId, job: spec.job(input, key), workspaceId: asset.workspaceId, correlationId: asset.id, maxAttempts: 1 });
  const deadline = Date.now() + env.IMAGE_RENDER_WAIT_MS;
  for (;;) {
    const job = await getMediaJob({ jobId });
    if (job.status === "succeeded") return key;
    if (job.status === "failed" || job.status === "cancelled") {
      throw new AppError({ code: job.failureKind === "bad_input" ? "invalid_parameters" : "internal", message: job.error ?? "The image could not be rendered" });
    }
    if (Date.now() > deadline) throw new AppError({ code: "unavailable", message: "The image is still being rendered; retry shortly" });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
