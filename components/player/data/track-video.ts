import type { BeaconBatch, BeaconEvent, ViewDimensions } from "@/server/analytics/beacon-schema";
import { createBeaconBatcher } from "./batch-beacons";
import { getViewerId } from "./get-viewer-id";
import { mapHlsError, mapMediaError, type HlsErrorLike } from "./map-hls-error";
import { readPageLoadTime } from "./read-page-load-time";
import { sendBeaconBatch } from "./send-beacon-batch";
import { createViewSequencer, type MediaSignal } from "./sequence-view-events";

export const sdkName = "keyframe-data";
export const sdkVersion = "1.0.0";

/** What the tracker reads from a media element: an HTMLVideoElement, or a stand-in in tests. */
export interface TrackableMedia extends EventTarget {
  currentTime: number;
  duration: number;
  autoplay: boolean;
  preload: string;
  currentSrc: string;
  clientWidth: number;
  clientHeight: number;
  error: { code: number; message?: string } | null;
}

/** The hls.js surface the tracker uses, by event name so that hls.js itself is not a dependency. */
export interface TrackableHls {
  on(event: "hlsLevelSwitched", cb: (event: string, data: { level: number }) => void): void;
  on(event: "hlsError", cb: (event: string, data: HlsErrorLike) => void): void;
  off(event: string, cb: (...args: never[]) => void): void;
  levels: { bitrate: number; width: number; height: number }[];
}

export interface TrackVideoOptions {
  hls?: TrackableHls | null;
  /** Player- and video-level dimensions (playback_id, video_title, player_name…). */
  dimensions?: ViewDimensions;
  beaconUrl?: string;
  playerInitTimeMs?: number;
  /** Replace the network transport (tests, or a custom pipeline). */
  transport?: (batch: BeaconBatch, unloading: boolean) => void;
  onEvent?: (event: BeaconEvent) => void;
  heartbeatMs?: number;
  /** How long after `ended` the view is closed unless it is replayed. */
  endedTimeoutMs?: number;
  batchDelayMs?: number;
}

const mediaEvents = ["play", "playing", "pause", "seeking", "seeked", "waiting", "ended", "timeupdate"] as const;
const newId = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * The Video Data tracker: watches any media element (+ optional hls.js) and sends the view's
 * beacon events in batches to POST /data/v1/beacons. Returns controls to update dimensions, end
 * the view (source change) and stop tracking.
 */
export function trackVideo(media: TrackableMedia, options: TrackVideoOptions = {}) {
  const url = options.beaconUrl ?? "/data/v1/beacons";
  const transport = options.transport ?? ((batch, unloading) => sendBeaconBatch(url, batch, unloading));
  let pageHidden = false; // once the page is going away, every batch (even an urgent one) goes by sendBeacon
  const batcher = createBeaconBatcher({ send: (batch, unloading) => transport(batch, unloading || pageHidden), delayMs: options.batchDelayMs });
  let dims: ViewDimensions = { ...options.dimensions };
  const viewerId = getViewerId(newId);
  const sessionId = newId();

  const sequencer = createViewSequencer({
    newViewId: newId,
    now: () => Date.now(),
    emit: (event) => {
      options.onEvent?.(event);
      batcher.add(event);
    },
    dimensions: () => {
      const duration = Number.isFinite(media.duration) ? Math.round(media.duration * 1000) : undefined;
      const pageLoad = readPageLoadTime();
      return {
        viewer_id: viewerId,
        view_session_id: sessionId,
        sdk_name: sdkName,
        sdk_version: sdkVersion,
        player_width: media.clientWidth,
        player_height: media.clientHeight,
        player_autoplay: media.autoplay,
        player_preload: media.preload !== "none",
        ...(options.playerInitTimeMs !== undefined ? { player_init_time_ms: Math.round(options.playerInitTimeMs) } : {}),
        ...(pageLoad !== undefined ? { page_load_time_ms: pageLoad } : {}),
        ...(typeof location !== "undefined" ? { page_url: location.href.slice(0, 2048) } : {}),
        ...(duration ? { video_duration_ms: duration } : {}),
        ...(media.currentSrc && !media.currentSrc.startsWith("blob:") ? { video_source_url: media.currentSrc.slice(0, 2048) } : {}),
        ...dims,
      };
    },
  });

  let endedTimer: ReturnType<typeof setTimeout> | null = null;
  let lastError = "";
  const handle = (signal: MediaSignal) => {
    if (endedTimer && signal.type !== "timeupdate") clearTimeout(endedTimer), (endedTimer = null);
    if (signal.type === "error") {
      if (signal.code === lastError) return; // hls.js and the element can report the same failure
      lastError = signal.code;
    }
    sequencer.handle(signal, media.currentTime);
    if (signal.type === "ended") endedTimer = setTimeout(() => endView(), options.endedTimeoutMs ?? 10_000);
  };
  const onMedia = (e: Event) => handle({ type: e.type as (typeof mediaEvents)[number] });
  const onMediaError = () => {
    if (options.hls) return; // hls.js reports its own fatal errors with better codes
    handle({ type: "error", ...mapMediaError(media.error) });
  };
  const onEmptied = () => endView(); // a new source: the old view is over
  const onLevel = (_: string, data: { level: number }) => {
    const level = options.hls?.levels[data.level];
    if (level) handle({ type: "rendition", bitrate: level.bitrate, width: level.width, height: level.height });
  };
  const onHlsError = (_: string, data: HlsErrorLike) => {
    if (data.fatal) handle({ type: "error", ...mapHlsError(data) });
  };
  const onPageHide = () => {
    pageHidden = true;
    endView();
    batcher.flush(true);
  };
  const onPageShow = () => (pageHidden = false); // back from the bfcache
  const onVisibility = () => {
    pageHidden = document.visibilityState === "hidden";
    if (pageHidden) batcher.flush(true);
  };
  function endView() {
    if (endedTimer) clearTimeout(endedTimer), (endedTimer = null);
    lastError = "";
    sequencer.end(media.currentTime);
  }

  for (const type of mediaEvents) media.addEventListener(type, onMedia);
  media.addEventListener("error", onMediaError);
  media.addEventListener("emptied", onEmptied);
  options.hls?.on("hlsLevelSwitched", onLevel);
  options.hls?.on("hlsError", onHlsError);
  if (typeof window !== "undefined") window.addEventListener("pagehide", onPageHide), window.addEventListener("pageshow", onPageShow);
  if (typeof document !== "undefined") document.addEventListener("visibilitychange", onVisibility);
  const heartbeat = setInterval(() => sequencer.heartbeat(media.currentTime), options.heartbeatMs ?? 10_000);
  sequencer.playerReady();

  return {
    get viewId() {
      return sequencer.viewId;
    },
    /** Merge dimensions (e.g. a new title); they go out with the next viewstart. */
    setDimensions(next: ViewDimensions) {
      dims = { ...dims, ...next };
    },
    endView,
    /** Stop tracking: the view ends and every queued event is sent. */
    destroy() {
      clearInterval(heartbeat);
      endView();
      for (const type of mediaEvents) media.removeEventListener(type, onMedia);
      media.removeEventListener("error", onMediaError);
      media.removeEventListener("emptied", onEmptied);
      options.hls?.off("hlsLevelSwitched", onLevel);
      options.hls?.off("hlsError", onHlsError);
      if (typeof window !== "undefined") window.removeEventListener("pagehide", onPageHide), window.removeEventListener("pageshow", onPageShow);
      if (typeof document !== "undefined") document.removeEventListener("visibilitychange", onVisibility);
      batcher.flush(true);
    },
  };
}

export type VideoTracker = ReturnType<typeof trackVideo>;
