import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";
import { runMediaJob } from "@/inngest/lib/run-media-job";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { markAssetErrored } from "@/server/assets/mark-asset-errored";
import { failAssetProcessing } from "@/server/encoding/fail-asset-processing";
import { attachLiveRecordingSource } from "@/server/live/recording/attach-live-recording-source";
import { finishUnresumedSession } from "@/server/live/recording/finish-unresumed-session";
import { readLiveRecording } from "@/server/live/recording/read-live-recording";

/** A completed session's publisher is given this long to leave and store its last recording. */
const PUBLISHER_LEAVE_ROUNDS = 60;

/**
 * Live-to-VOD. On video/live-stream.disconnected: waits out the stream's reconnect_window and, if
 * that publisher did not come back, finishes the session. On video/live-stream.completed the
 * session is already finished (complete, disable); once its publisher is gone (its recording
 * stored) the same path follows: the recordings are joined into the asset's source, the asset gets
 * video.asset.live_stream_completed and goes through the normal pipeline (video/asset.created).
 */
export const videoLiveStreamFinish = inngest.createFunction(
  { id: "video-live-stream-finish", retries: 3, triggers: [events.liveStreamDisconnected, events.liveStreamCompleted] },
  async ({ event, step, runId }) => {
    const { liveStreamId, sessionId } = event.data;
    const read = (id: string) => step.run(id, () => readLiveRecording({ sessionId }));

    if ("disconnectedAt" in event.data) {
      const { disconnectedAt } = event.data;
      const waiting = await read("read-session");
      // Ended already (completed or disabled while connected): that path owns the recording.
      if (waiting?.sessionStatus !== "reconnecting") return { outcome: "not-waiting" };
      const windowMs = Math.ceil(waiting.reconnectWindowSeconds * 1000);
      if (windowMs > 0) await step.sleep("reconnect-window", windowMs);
      const finished = await step.run("finish-session", () => finishUnresumedSession({ liveStreamId, sessionId, disconnectedAt }));
      if (!finished) return { outcome: "resumed" };
    } else {
      for (let round = 0; round < PUBLISHER_LEAVE_ROUNDS; round++) {
        const state = await read(`publisher-check-${round}`);
        if (!state || state.publisherLeft) break;
        await step.waitForEvent(`publisher-left-${round}`, { event: events.liveStreamDisconnected.name, if: `async.data.sessionId == '${sessionId}'`, timeout: "5s" });
      }
    }

    const recording = await read("read-recording");
    const asset = recording?.asset;
    if (!asset) return { outcome: "not-recorded" };
    const ids = { assetId: asset.id, workspaceId: asset.workspaceId };
    if (!recording.recordingKeys.length) {
      await step.run("no-media", () => markAssetErrored({ ...ids, type: "invalid_input", messages: ["the live stream sent no media"] }));
      return { outcome: "no-media" };
    }
    const sourceKey = assetStorageKeys.source(asset.id);
    try {
      const joined = await runMediaJob({ step, runId }, "concat", { type: "live-recording-concat", inputs: recording.recordingKeys, output: sourceKey }, {
        workspaceId: asset.workspaceId,
        correlationId: asset.id,
        waitTimeout: "10s",
      });
      await step.run("attach-source", () => attachLiveRecordingSource({ ...ids, sourceKey, sourceSize: joined.fileSize, recordingKeys: recording.recordingKeys }));
      await step.sendEvent("process-asset", events.assetCreated.create(ids, { id: `${events.assetCreated.name}:${asset.id}` }));
      return { outcome: "processing", recordings: joined.recordings, durationSeconds: joined.durationSeconds };
    } catch (error) {
      const invalid = error instanceof NonRetriableError;
      const message = (error instanceof Error ? error.message : String(error)).replace(/^Media job \S+ \(\w+\) failed: /, "");
      await step.run("mark-errored", () =>
        failAssetProcessing({ ...ids, type: invalid ? "invalid_input" : "internal_error", message: invalid ? message : `the live recording could not be joined: ${message}` }),
      );
      throw new NonRetriableError(message, { cause: error });
    }
  },
);
