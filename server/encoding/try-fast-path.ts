import type { InputAnalysis } from "@/server/media/ffmpeg/builders/analyze";
import type { FfmpegJobInput } from "@/server/media/ffmpeg/builders";
import type { HlsRenditionResult } from "./hls-rendition-result";
import { enqueueMediaJob } from "@/server/media/enqueue-media-job";
import { pollMediaJob, type MediaJobState } from "@/server/media/poll-media-job";
import { inspectAssetInput, type InputPlan } from "./inspect-asset-input";
import { publishRenditions } from "./publish-renditions";

/** How far the fast path got; whatever is missing the workflow finishes with ordinary steps. */
export interface FastPathOutcome {
  analyze: MediaJobState;
  plan?: InputPlan;
  remux?: MediaJobState;
  /** The remuxed rendition is in master.m3u8 and the asset is ready. */
  published?: boolean;
}

type Ids = { assetId: string; workspaceId: string };

/**
 * The hot path from upload to playable in one workflow step: analyse, judge, and for a standard
 * input remux it and publish the master (which marks the asset ready). Each media job is awaited
 * by reading its row for at most `inlineWaitMs`; a job still running then is left to the
 * workflow's event waits (same job ids, so nothing runs twice). Failures are returned, not thrown,
 * so the workflow can tell bad input from our own errors.
 */
export async function tryFastPath(input: Ids & {
  jobIds: { analyze: string; remux: string };
  analyzeJob: FfmpegJobInput;
  remuxJob: (plan: Extract<InputPlan, { outcome: "remux" }>) => FfmpegJobInput;
  sourceSize: number | null;
  /** Why the input must be encoded even if it is standard (a watermark to burn in). */
  forceEncodeReason?: string;
  runId: string;
  inlineWaitMs: number;
}): Promise<FastPathOutcome> {
  const ids = { assetId: input.assetId, workspaceId: input.workspaceId };
  const run = async (id: string, job: FfmpegJobInput) => {
    await enqueueMediaJob({ id, job, runId: input.runId, workspaceId: input.workspaceId, correlationId: input.assetId });
    return pollMediaJob({ jobId: id, timeoutMs: input.inlineWaitMs });
  };
  const analyze = await run(input.jobIds.analyze, input.analyzeJob);
  if (analyze.status !== "succeeded") return { analyze };
  const plan = await inspectAssetInput({ ...ids, analysis: analyze.result as InputAnalysis, sourceSize: input.sourceSize, forceEncodeReason: input.forceEncodeReason });
  if (plan.outcome !== "remux") return { analyze, plan };
  const remux = await run(input.jobIds.remux, input.remuxJob(plan));
  if (remux.status !== "succeeded") return { analyze, plan, remux };
  await publishRenditions({ ...ids, renditions: [remux.result as HlsRenditionResult], passthrough: true, last: false });
  return { analyze, plan, remux, published: true };
}
