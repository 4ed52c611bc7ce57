import { newId } from "@/server/ids";
import { recordHeartbeat, type ServiceKind } from "./record-heartbeat";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A service whose last heartbeat is older than this is reported down. */
export const HEARTBEAT_STALE_MS = 20_000;

/** Starts beating for this process; returns a stop function. Failures are logged, never thrown. */
export function startHeartbeat(kind: ServiceKind, meta?: () => Record<string, string | number | boolean | null>) {
  const instanceId = `${kind}-${newId(12)}`;
  const beat = () =>
    recordHeartbeat({ instanceId, kind, meta: meta?.() }).catch((error: unknown) =>
      console.error(`[${kind}] heartbeat failed`, error),
    );
  void beat();
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  return { instanceId, stop: () => clearInterval(timer) };
}
