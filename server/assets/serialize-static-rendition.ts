import type { assetRenditions } from "@/server/db/schema";

type Rendition = typeof assetRenditions.$inferSelect;

/** Mux reports a rendition still being made as "preparing". */
const staticStatus = { queued: "preparing", processing: "preparing", ready: "ready", errored: "errored", skipped: "skipped" } as const;

/** One static rendition (MP4/M4A) as in Mux's static_renditions.files and the static-renditions API. */
export function serializeStaticRendition(r: Rendition) {
  const ext = r.storageKey?.endsWith(".m4a") ? "m4a" : "mp4";
  const resolution = r.name === "audio" ? "audio-only" : /^(highest|\d+p)$/.test(r.name) ? r.name : undefined;
  return {
    id: r.id,
    name: `${r.name}.${ext}`,
    ext,
    type: resolution ? "standard" : undefined,
    resolution,
    status: staticStatus[r.status],
    width: r.width ?? undefined,
    height: r.height ?? undefined,
    bitrate: r.bitrate ?? undefined,
    filesize: r.fileSize ? String(r.fileSize) : undefined,
  };
}
