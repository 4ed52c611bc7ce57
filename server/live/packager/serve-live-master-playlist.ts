import type { LivePackagerState } from "./live-packager-state";
import type { LiveResponse } from "./live-packager-types";
import { liveError, playlistResponse } from "./live-responses";
import { writeLiveMasterPlaylist } from "./write-live-master-playlist";

const MASTER_WAIT_MS = 10_000;

/** index.m3u8: waits (up to 10 s) until every rendition has its init segment, whose CODECS it lists. */
export async function serveLiveMasterPlaylist(state: LivePackagerState, signal?: AbortSignal): Promise<LiveResponse> {
  const timelines = [...state.timelines.values()];
  const ready = () => timelines.every((t) => t.firstInit());
  await state.notifier.waitUntil(() => ready() || state.ended || state.closed, { timeoutMs: MASTER_WAIT_MS, signal });
  if (state.closed) return liveError("not_found", "Live stream not found");
  if (!ready()) return liveError("unavailable", "The live stream has not started yet", { "Retry-After": "2" });
  const variants = state.specs.map((spec) => ({ spec, init: state.timelines.get(spec.name)!.firstInit()! }));
  return playlistResponse(writeLiveMasterPlaylist(variants), false);
}
