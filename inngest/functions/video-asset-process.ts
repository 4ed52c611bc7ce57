import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { mediaJobIdFor, runMediaJob } from "@/inngest/lib/run-media-job";
import { settleMediaJobState } from "@/inngest/lib/settle-media-job-state";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { updateAssetProgress } from "@/server/assets/update-asset-progress";
import { failAssetProcessing } from "@/server/encoding/fail-asset-processing";
import { chooseLadder, ENCODED_SEGMENT_SECONDS, type VideoQuality } from "@/server/encoding/choose-ladder";
import { ingestAssetSource } from "@/server/encoding/ingest-asset-source";
import { inspectAssetInput, type InputPlan } from "@/server/encoding/inspect-asset-input";
import { queueStaticRenditions } from "@/server/encoding/queue-static-renditions";
import { tryFastPath } from "@/server/encoding/try-fast-path";
import { publishRenditions } from "@/server/encoding/publish-renditions";
import { queueRenditions } from "@/server/encoding/queue-renditions";
import { syncRenditionProgress } from "@/server/encoding/sync-rendition-progress";
import type { FfmpegJobInput } from "@/server/media/ffmpeg/builders";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";

/** How long a step waits on a short media job (analyse, remux, probe, clip) by reading its row. */
const FAST_INLINE_MS = 5_000;

/**
 * video/asset.created → adaptive HLS. Ingest, analyse, then either remux a standard input into the
 * top rendition (ready within a second or two) and encode the lower rungs behind it, or encode the
 * top rung first (ready) and the rest after. The master playlist grows as renditions land.
 */
export const videoAssetProcess = inngest.createFunction(
  { id: "video-asset-process", retries: 2, triggers: [events.assetCreated] },
  async ({ event, step, runId }) => {
    const { assetId, workspaceId } = event.data;
    const ids = { assetId, workspaceId };
    const hls = (name = "") => assetStorageKeys.hlsRendition(assetId, name).replace(/\/\/$/, "/");
    // Short jobs are awaited inside their enqueue step; encodes re-check every 3 s, each check copying
    // the job's percent onto its renditions.
    const media = <J extends FfmpegJobInput>(name: string, job: J, renditions: string[] = [], inlineWaitMs?: number) => {
      const steps = renditions.length
        ? {
            run: <T>(id: string, fn: () => Promise<T>) =>
              step.run(id, async () => {
                const state = await fn();
                if (id.includes(":check-")) await syncRenditionProgress({ ...ids, jobId: mediaJobIdFor(runId, name), renditions });
                return state;
              }),
            waitForEvent: step.waitForEvent.bind(step),
            sendEvent: step.sendEvent.bind(step),
          }
        : step;
      return runMediaJob({ step: steps, runId }, name, job, { workspaceId, correlationId: assetId, waitTimeout: renditions.length ? "3s" : "10s", inlineWaitMs });
    };
    // MP4s come after the HLS ladder (they are downloads, not what makes the asset playable).
    const requestStaticRenditions = async () => {
      const queued = await step.run("queue-static-renditions", () => queueStaticRenditions(ids));
      if (queued > 0) await step.sendEvent("request-static-renditions", events.assetStaticRenditionsRequested.create(ids));
    };

    try {
      // The first step does what the hot path needs in one round trip: find the input, note the state.
      const source = await step.run("ingest", async () => {
        const found = await ingestAssetSource(ids);
        const asset = await getAssetOrThrow(ids);
        return { ...found, videoQuality: asset.videoQuality as VideoQuality };
      });
      if (source.kind === "clip") {
        await media("clip", { type: "clip", input: source.fromKey, output: source.sourceKey, startSeconds: source.startSeconds, endSeconds: source.endSeconds }, [], FAST_INLINE_MS);
      }
      const watermark = source.watermark ?? undefined;
      const analyzeJob = { type: "analyze" as const, input: source.sourceKey };
      const remuxJob = (p: Extract<InputPlan, { outcome: "remux" }>) => ({
        type: "hls-remux" as const, input: source.sourceKey, outputDir: hls(p.top.name), segmentSeconds: p.segmentSeconds, durationSeconds: p.durationSeconds, rendition: p.top,
      });
      // Analyse, judge and (standard input) remux + publish in one step; what does not finish in time continues below.
      const fast = await step.run("fast-path", () =>
        tryFastPath({
          ...ids,
          runId,
          jobIds: { analyze: mediaJobIdFor(runId, "analyze"), remux: mediaJobIdFor(runId, "remux") },
          analyzeJob,
          remuxJob,
          sourceSize: source.kind === "stored" ? source.sourceSize : null,
          forceEncodeReason: watermark ? "watermark" : undefined,
          inlineWaitMs: FAST_INLINE_MS,
        }),
      );
      const analysis =
        settleMediaJobState<"analyze">("analyze", mediaJobIdFor(runId, "analyze"), fast.analyze) ?? (await media("analyze", analyzeJob));
      const plan =
        fast.plan ??
        (await step.run("inspect", () =>
          inspectAssetInput({ ...ids, analysis, sourceSize: source.kind === "stored" ? source.sourceSize : null, forceEncodeReason: watermark ? "watermark" : undefined }),
        ));
      if (plan.outcome === "rejected") throw new NonRetriableError(plan.reason);
      const info = analysis.info;
      const audioKbps = chooseLadder({ width: 2, height: 2, frameRate: null, videoQuality: source.videoQuality, complexity: null }).audioBitrateKbps;
      const audio = info.audio.length ? { bitrateKbps: audioKbps } : null;

      if (plan.outcome === "audio-only") {
        const [rendition] = await media("encode-audio", { type: "hls-encode", input: source.sourceKey, outputDir: hls(), durationSeconds: plan.durationSeconds, segmentSeconds: ENCODED_SEGMENT_SECONDS, video: null, audio });
        await step.run("publish-audio", () => publishRenditions({ ...ids, renditions: [rendition!], passthrough: false, last: true }));
        await requestStaticRenditions();
        return { outcome: plan.outcome };
      }

      let forcedCuts: number[] | undefined;
      if (plan.outcome === "remux") {
        const top = (fast.remux && settleMediaJobState<"hls-remux">("remux", mediaJobIdFor(runId, "remux"), fast.remux)) ?? (await media("remux", remuxJob(plan)));
        if (!fast.published) await step.run("publish-passthrough", () => publishRenditions({ ...ids, renditions: [top], passthrough: true, last: false }));
        // Encoded rungs get keyframes exactly where the remuxed segments start, so all renditions switch cleanly.
        forcedCuts = top.segmentDurations.slice(0, -1).map((_, i, all) => all.slice(0, i + 1).reduce((a, b) => a + b, 0));
      }

      const video = info.video[0]!;
      const complexity = await media("complexity", { type: "complexity-probe", input: source.sourceKey, durationSeconds: plan.durationSeconds }, [], FAST_INLINE_MS);
      const ladder = chooseLadder({ width: video.displayWidth, height: video.displayHeight, frameRate: video.fps, videoQuality: source.videoQuality, complexity });
      const encodeJob = (rungs: typeof ladder.renditions) => ({
        type: "hls-encode" as const,
        input: source.sourceKey,
        outputDir: hls(),
        durationSeconds: plan.durationSeconds,
        segmentSeconds: plan.outcome === "remux" ? plan.segmentSeconds : ENCODED_SEGMENT_SECONDS,
        video: { preset: ladder.preset, crf: ladder.crf, frameRate: ladder.frameRate, renditions: rungs, keyframeTimes: forcedCuts },
        audio,
        watermark,
      });
      // With a remux the top rung already exists (passthrough); otherwise it is encoded first, alone.
      const [top, ...rest] = ladder.renditions;
      if (plan.outcome === "encode") {
        await step.run("queue-ladder", () => queueRenditions({ ...ids, rungs: ladder.renditions, frameRate: ladder.frameRate }));
        const encodedTop = await media("encode-top", encodeJob([top!]), [top!.name]);
        await step.run("publish-top", () => publishRenditions({ ...ids, renditions: encodedTop, passthrough: false, last: rest.length === 0 }));
      } else {
        await step.run("queue-ladder", () => queueRenditions({ ...ids, rungs: rest, frameRate: ladder.frameRate }));
      }
      if (rest.length) {
        const encoded = await media("encode-ladder", encodeJob(rest), rest.map((r) => r.name));
        await step.run("publish-ladder", () => publishRenditions({ ...ids, renditions: encoded, passthrough: false, last: true }));
      } else {
        await step.run("complete", () => updateAssetProgress({ ...ids, state: "completed" }));
      }
      await requestStaticRenditions();
      return { outcome: plan.outcome, renditions: ladder.renditions.map((r) => r.name) };
    } catch (error) {
      // Bad input (a rejected probe, a media job failing on the file) is the user's to fix; the rest is ours.
      const invalid = error instanceof NonRetriableError;
      const message = (error instanceof Error ? error.message : String(error)).replace(/^Media job \S+ \(\w+\) failed: /, "");
      await step.run("mark-errored", () =>
        failAssetProcessing({ ...ids, type: invalid ? "invalid_input" : "internal_error", message: invalid ? message : `processing failed: ${message}` }),
      );
      throw new NonRetriableError(message, { cause: error });
    }
  },
);
