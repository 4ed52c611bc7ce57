import type { simulcastTargets } from "@/server/db/schema";

type SimulcastTarget = typeof simulcastTargets.$inferSelect;

/** A simulcast target in Mux's shape, plus `error` (Keyframe: why it last failed). */
export function serializeSimulcastTarget(target: SimulcastTarget) {
  return {
    id: target.id,
    url: target.url,
    stream_key: target.streamKey ?? undefined,
    passthrough: target.passthrough ?? undefined,
    status: target.status,
    error_severity: target.status === "errored" ? ("normal" as const) : undefined,
    error: target.error ?? undefined,
  };
}
