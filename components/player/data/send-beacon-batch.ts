import type { BeaconBatch } from "@/server/analytics/beacon-schema";

/**
 * Posts a batch to the beacon endpoint: fetch with keepalive normally, navigator.sendBeacon when the
 * page is going away. sendBeacon gets a text/plain body (JSON inside) because a JSON content type
 * would need a CORS preflight that sendBeacon cannot do for cross-origin endpoints.
 */
export function sendBeaconBatch(url: string, batch: BeaconBatch, unloading: boolean): void {
  const body = JSON.stringify(batch);
  if (unloading && typeof navigator !== "undefined" && typeof navigator.sendBeacon === "function") {
    if (navigator.sendBeacon(url, new Blob([body], { type: "text/plain;charset=UTF-8" }))) return;
  }
  void fetch(url, { method: "POST", body, keepalive: body.length < 60_000, headers: { "content-type": "application/json" } }).catch(() => {
    // Analytics must never break playback; a lost batch is a lost batch.
  });
}
