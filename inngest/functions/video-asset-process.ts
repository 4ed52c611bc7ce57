import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { mediaJobIdFor, runMediaJob } from "@/inngest/lib/run-media-job";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { updateAssetProgress } from "@/server/assets/update-asset-progress";
import { failAssetProcessing } from "@/server/encoding/fail-asset-processing";
import { chooseLadder, ENCODED_SEGMENT_SECONDS, type VideoQuality } from "@/server/encoding/choose-ladder";
import { ingestAssetSource } from "@/server/encoding/ingest-asset-source";
import { inspectAssetInput } from "@/server/encoding/inspect-asset-input";
import { publishRenditions } from "@/server/encoding/publish-renditions";
import { queueRenditions } from "@/server/encoding/queue-renditions";
import { syncRenditionProgress } from "@/server/encoding/sync-rendition-progress";
import type { FfmpegJobInput } from "@/server/media/ffmpeg/builders";
import { getAssetOrThrow } from "@/server/assets/get-asset-or-throw";

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
    // Short jobs re-check the row after 1 s (a finished event that beat the wait is not lost for long);
    // encodes every 3 s, each check copying the job's percent onto its renditions.
    const media = <J extends FfmpegJobInput>(name: string, job: J, renditions: string[] = []) => {
      const steps = renditions.length
        ? {
            run: <T>(id: string, fn: () => Promise<T>) =>
              step.run(id, async () => {
                const state = await fn();
                if (id.includes(":check-")) await syncRenditionProgress({ ...ids, jobId: mediaJobIdFor(runId, name), renditions });
                return state;
              }),
            waitForEvent: step.waitForEvent.bind(step),
          }
        : step;
      return runMediaJob({ step: steps, runId }, name, job, { workspaceId, correlationId: assetId, waitTimeout: renditions.length ? "3s" : "1s" });
    };

    try {
      // The first step does what the hot path needs in one round trip: find the input, note the state.
      const source = await step.run("ingest", async () => {
        const found = await ingestAssetSource(ids);
        const asset = await getAssetOrThrow(ids);
        return { ...found, videoQuality: asset.videoQuality as VideoQuality };
      });
      if (source.kind === "clip") {
        await media("clip", { type: "clip", input: source.fromKey, output: source.sourceKey, startSeconds: source.startSeconds, endSeconds: source.endSeconds });
      }
      const analysis = await media("analyze", { type: "analyze", input: source.sourceKey });
      const plan = await step.run("inspect", () =>
        inspectAssetInput({ ...ids, analysis, sourceSize: source.kind === "stored" ? source.sourceSize : null }),
      );
      if (plan.outcome === "rejected") throw new NonRetriableError(plan.reason);
      const info = analysis.info;
      const audioKbps = chooseLadder({ width: 2, height: 2, frameRate: null, videoQuality: source.videoQuality, complexity: null }).audioBitrateKbps;
      const audio = info.audio.length ? { bitrateKbps: audioKbps } : null;

      if (plan.outcome === "audio-only") {
        const [rendition] = await media("encode-audio", { type: "hls-encode", input: source.sourceKey, outputDir: hls(), durationSeconds: plan.durationSeconds, segmentSeconds: ENCODED_SEGMENT_SECONDS, video: null, audio });
        await step.run("publish-audio", () => publishRenditions({ ...ids, renditions: [rendition!], passthrough: false, last: true }));
        return { outcome: plan.outcome };
      }

      let forcedCuts: number[] | undefined;
      if (plan.outcome === "remux") {
        const top = await media("remux", { type: "hls-remux", input: source.sourceKey, outputDir: hls(plan.top.name), segmentSeconds: plan.segmentSeconds, durationSeconds: plan.durationSeconds, rendition: plan.top });
        await step.run("publish-passthrough", () => publishRenditions({ ...ids, renditions: [top], passthrough: true, last: false }));
        // Encoded rungs get keyframes exactly where the remuxed segments start, so all renditions switch cleanly.
        forcedCuts = top.segmentDurations.slice(0, -1).map((_, i, all) => all.slice(0, i + 1).reduce((a, b) => a + b, 0));
      }

      const video = info.video[0]!;
      const complexity = await media("complexity", { type: "complexity-probe", input: source.sourceKey, durationSeconds: plan.durationSeconds });
      const ladder = chooseLadder({ width: video.displayWidth, height: video.displayHeight, frameRate: video.fps, videoQuality: source.videoQuality, complexity });
      const encodeJob = (rungs: typeof ladder.renditions) => ({
        type: "hls-encode" as const,
        input: source.sourceKey,
        outputDir: hls(),
        durationSeconds: plan.durationSeconds,
        segmentSeconds: plan.outcome === "remux" ? plan.segmentSeconds : ENCODED_SEGMENT_SECONDS,
        video: { preset: ladder.preset, crf: ladder.crf, frameRate: ladder.frameRate, renditions: rungs, keyframeTimes: forcedCuts },
        audio,
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
