import { syncSimulcastTargets } from "@/server/live/simulcast/sync-simulcast-targets";
import type { LiveSessionState } from "./live-hub";

/** Keeps a session's simulcast pushes in step with its targets while a publisher is connected; stops them otherwise. */
export async function syncSessionSimulcast(state: LiveSessionState, connected: boolean): Promise<void> {
  await syncSimulcastTargets({ liveStreamId: state.liveStreamId, running: state.simulcast, feed: connected ? state.simulcastFeed : null });
}
