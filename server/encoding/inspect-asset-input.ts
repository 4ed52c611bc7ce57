import { markAssetErrored } from "@/server/assets/mark-asset-errored";
import { recordAssetInput } from "@/server/assets/record-asset-input";
import { updateAssetProgress } from "@/server/assets/update-asset-progress";
import { upsertRendition } from "@/server/assets/upsert-rendition";
import type { InputAnalysis } from "@/server/media/ffmpeg/builders/analyze";
import { classifyInput } from "./classify-input";
import { describeInputProblem } from "./describe-input-problem";

export type InputPlan =
  | { outcome: "rejected"; reason: string }
  | { outcome: "audio-only"; durationSeconds: number }
  | { outcome: "remux"; durationSeconds: number; segmentSeconds: number; top: { name: string; width: number; height: number; frameRate: number | null } }
  | { outcome: "encode"; durationSeconds: number; reasons: string[] };

/**
 * Judges an analysed input: records what it is on the asset, errors the asset with a readable
 * reason when it is unusable, else says how to make it playable (remux, encode, audio only).
 */
export async function inspectAssetInput(input: {
  assetId: string;
  workspaceId: string;
  analysis: InputAnalysis;
  sourceSize: number | null;
  /** Set when the input must be encoded even if it is standard (e.g. a watermark to burn in). */
  forceEncodeReason?: string;
}): Promise<InputPlan> {
  const { assetId, workspaceId, analysis } = input;
  await recordAssetInput({ assetId, workspaceId, info: analysis.info, sourceSize: input.sourceSize ?? undefined });
  const reason = describeInputProblem(analysis, input.sourceSize);
  if (reason) {
    await markAssetErrored({ assetId, workspaceId, type: "invalid_input", messages: [reason] });
    return { outcome: "rejected", reason };
  }
  const durationSeconds = analysis.dataEndSeconds ?? analysis.info.durationSeconds ?? 0;
  const video = analysis.info.video[0];
  if (!video) return { outcome: "audio-only", durationSeconds };
  const verdict = classifyInput(analysis);
  if (!verdict.standard) return { outcome: "encode", durationSeconds, reasons: verdict.reasons };
  if (input.forceEncodeReason) return { outcome: "encode", durationSeconds, reasons: [input.forceEncodeReason] };
  const top = { name: `${Math.min(video.width, video.height)}p`, width: video.width, height: video.height, frameRate: video.fps };
  await upsertRendition({ assetId, workspaceId, kind: "hls", name: top.name, fields: { status: "processing", passthrough: true, width: top.width, height: top.height, frameRate: top.frameRate } });
  await updateAssetProgress({ assetId, workspaceId, state: "packaging", renditions: { [top.name]: 0 } });
  return { outcome: "remux", durationSeconds, segmentSeconds: verdict.segmentSeconds, top };
}
