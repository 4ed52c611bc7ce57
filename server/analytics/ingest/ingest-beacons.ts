import { AppError } from "@/server/errors";
import { beaconBatchSchema } from "../beacon-schema";
import { enqueueBeaconItems } from "./beacon-buffer";
import { parseUserAgent } from "./parse-user-agent";
import { readRequestGeo } from "./read-request-geo";
import { resolveViewWorkspaces } from "./resolve-view-workspaces";

export interface IngestResult {
  /** Events stored now. */
  accepted: number;
  /** Events already stored (a retried batch), skipped by (view_id, seq). */
  duplicates: number;
  /** Events of views that could not be attributed to a workspace. */
  dropped: number;
  messages: string[];
}

/**
 * Validates a beacon batch, derives the server-side dimensions (user agent, geo and ASN headers),
 * attributes each view to a workspace and waits until the batched write has committed it.
 */
export async function ingestBeacons(input: { body: unknown; headers: Headers; receivedAt?: Date }): Promise<IngestResult> {
  const batch = beaconBatchSchema.parse(input.body);
  const { byView, unknown, liveStreamOf } = await resolveViewWorkspaces(batch.events);
  const kept = batch.events.filter((e) => byView.has(e.view_id));
  // A live playback ID's views count for its live stream (viewer_count) even when the player does not say so.
  for (const e of kept) {
    const liveStreamId = e.dimensions?.playback_id && !e.dimensions.live_stream_id ? liveStreamOf(e.dimensions.playback_id) : null;
    if (liveStreamId) e.dimensions!.live_stream_id = liveStreamId;
  }
  if (!kept.length) {
    throw new AppError({ code: "invalid_parameters", message: "No event could be attributed to a workspace", messages: unknown });
  }
  const server = { ...parseUserAgent(input.headers.get("user-agent")), ...readRequestGeo(input.headers) };
  const receivedAt = input.receivedAt ?? new Date();
  const inserted = await enqueueBeaconItems(kept.map((event) => ({ workspaceId: byView.get(event.view_id)!, event, server, receivedAt })));
  const accepted = new Set(kept.filter((e) => inserted.has(`${e.view_id}\u0000${e.seq}`)).map((e) => `${e.view_id}\u0000${e.seq}`)).size;
  return { accepted, duplicates: kept.length - accepted, dropped: batch.events.length - kept.length, messages: unknown };
}
