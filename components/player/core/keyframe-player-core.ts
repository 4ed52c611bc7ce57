import Hls, { FetchLoader, type HlsConfig } from "hls.js";
import type { ViewDimensions } from "@/server/analytics/beacon-schema";
import { trackVideo, type TrackableHls, type VideoTracker } from "../data/track-video";
import { bindLiveEdge, type LiveState } from "./bind-live-edge";
import { bindPlayerControls } from "./bind-player-controls";
import { bindStoryboardPreview } from "./bind-storyboard-preview";
import { bindTrackMenus } from "./bind-track-menus";
import { createPlayerDom, type PlayerDom } from "./create-player-dom";
import { describePlaybackError } from "./describe-playback-error";
import type { PlayerContext } from "./player-context";
import { resolvePlayerUrls, type PlayerSource } from "./resolve-player-urls";
import { syncPlayerUi } from "./sync-player-ui";

export const playerName = "keyframe-player";
export const playerVersion = "1.0.0";

export interface KeyframePlayerOptions extends PlayerSource {
  title?: string;
  autoplay?: boolean;
  muted?: boolean;
  loop?: boolean;
  /** Seconds to start at. */
  startTime?: number;
  /** Accent colour (a CSS hex colour or name). */
  primaryColor?: string;
  /** Video Data reporting: on by default; `false` opts out. */
  data?: false | { beaconUrl?: string; dimensions?: ViewDimensions };
  /** Force the browser's own HLS even where MSE exists (Safari does this by itself). */
  preferNative?: boolean;
  hlsConfig?: Partial<HlsConfig>;
  onError?: (message: string, code: string) => void;
}

/** hls.js's typed emitter, seen through the tracker's string-keyed interface (same event names). */
const adaptHls = (hls: Hls): TrackableHls => ({
  on: (event: string, cb: (...args: never[]) => void) => hls.on(event as typeof Hls.Events.ERROR, cb as never),
  off: (event: string, cb: (...args: never[]) => void) => hls.off(event as typeof Hls.Events.ERROR, cb as never),
  get levels() {
    return hls.levels;
  },
}) as TrackableHls;

const safeColor = (c?: string) => (c && /^(#?[0-9a-f]{3,8}|[a-z]{3,20})$/i.test(c) ? (/^[0-9a-f]{3,8}$/i.test(c) ? `#${c}` : c) : null);

/**
 * The player, framework-free: builds its DOM into `host`, plays the source with hls.js (or native
 * HLS where MSE is missing), and reports the view to Video Data. The React component and the
 * <keyframe-player> element both wrap this class.
 */
export class KeyframePlayerCore {
  readonly dom: PlayerDom;
  readonly video: HTMLVideoElement;
  readonly hls: Hls | null;
  readonly tracker: VideoTracker | null = null;
  private readonly abort = new AbortController();
  private readonly liveState: LiveState;

  constructor(host: HTMLElement | ShadowRoot, fullscreenTarget: HTMLElement, readonly options: KeyframePlayerOptions) {
    const initStart = performance.now();
    this.dom = createPlayerDom(host, options.title ?? "");
    const video = (this.video = this.dom.video);
    const color = safeColor(options.primaryColor);
    if (color) this.dom.root.style.setProperty("--kfp-accent", color);
    const urls = resolvePlayerUrls(options);
    if (urls.poster) video.poster = urls.poster;
    video.muted = Boolean(options.muted);
    video.loop = Boolean(options.loop);
    video.autoplay = Boolean(options.autoplay);

    const useHls = !options.preferNative && Hls.isSupported();
    // fetch (not XHR) so a page's <link rel="preload" as="fetch"> of the playlist is reused; the first
    // fragment is fetched while MSE is still opening.
    const loader = typeof fetch === "function" && typeof ReadableStream === "function" ? { loader: FetchLoader } : {};
    // Live: LL-HLS parts and blocking reloads (lowLatencyMode), duration Infinity with the DVR window as
    // the seekable range (the same model as Safari's native HLS), and a mild catch-up rate after stalls.
    this.hls = useHls
      ? new Hls({ startPosition: options.startTime ?? -1, startFragPrefetch: true, lowLatencyMode: true, liveDurationInfinity: true, maxLiveSyncPlaybackRate: 1.25, ...loader, ...options.hlsConfig })
      : null;
    const ctx: PlayerContext = { dom: this.dom, video, hls: this.hls, signal: this.abort.signal, fullscreenTarget };
    const { renderTime } = syncPlayerUi(ctx);
    const toggleCaptions = bindTrackMenus(ctx);
    bindPlayerControls(ctx, toggleCaptions);
    bindStoryboardPreview(ctx, urls.storyboard);
    // A view that was live stays a live view when the stream ends (EXT-X-ENDLIST) under it.
    this.liveState = bindLiveEdge(ctx, { hosts: [fullscreenTarget], tick: renderTime, onLive: (live) => live && this.tracker?.setDimensions({ video_stream_type: "live" }) });

    if (options.data !== false) {
      this.tracker = trackVideo(video, {
        hls: this.hls ? adaptHls(this.hls) : null,
        beaconUrl: options.data?.beaconUrl,
        playerInitTimeMs: performance.now() - initStart,
        dimensions: {
          player_name: playerName,
          player_version: playerVersion,
          player_software: this.hls ? "hls.js" : "native",
          ...(this.hls ? { player_software_version: Hls.version } : {}),
          ...(options.playbackId ? { playback_id: options.playbackId } : {}),
          ...(options.title ? { video_title: options.title.slice(0, 512) } : {}),
          video_stream_type: "on-demand",
          ...options.data?.dimensions,
        },
      });
    }
    this.load(urls.stream);
  }

  /** True while the source is a live playlist (before its EXT-X-ENDLIST). */
  get live(): boolean {
    return this.liveState.live;
  }

  /** Seconds behind live while live (program date time vs wall clock), else null. Also on the root as `data-latency`. */
  get latency(): number | null {
    return this.liveState.latency;
  }

  private load(stream: string | null) {
    const { video, hls } = this;
    if (!stream) return this.fail("No video source.", "noSource");
    if (hls) {
      let recovered = false;
      hls.on(Hls.Events.ERROR, (_e, data) => {
        if (!data.fatal) return;
        if (data.type === Hls.ErrorTypes.MEDIA_ERROR && !recovered) {
          recovered = true;
          return hls.recoverMediaError();
        }
        this.fail(describePlaybackError(data.response?.code, data.details), data.details);
      });
      hls.loadSource(new URL(stream, location.href).href);
      hls.attachMedia(video);
    } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = stream;
      if (this.options.startTime) video.addEventListener("loadedmetadata", () => (video.currentTime = this.options.startTime ?? 0), { once: true, signal: this.abort.signal });
      video.addEventListener("error", () => this.fail(describePlaybackError(undefined, `MEDIA_ERR_${video.error?.code ?? 0}`), "mediaError"), { signal: this.abort.signal });
    } else return this.fail(describePlaybackError(undefined, "noHlsSupport"), "noHlsSupport");
    if (this.options.autoplay) this.autoplay();
  }

  /** Browsers refuse unmuted autoplay without a user gesture: fall back to muted autoplay. */
  private autoplay() {
    this.video.play().catch((err: unknown) => {
      if (err instanceof DOMException && err.name === "NotAllowedError" && !this.video.muted) {
        this.video.muted = true;
        void this.video.play().catch(() => {});
      }
    });
  }

  private fail(message: string, code: string) {
    this.dom.message.textContent = message;
    this.dom.message.hidden = false;
    this.dom.spinner.hidden = true;
    this.dom.bigPlay.hidden = true;
    this.options.onError?.(message, code);
  }

  destroy(): void {
    this.tracker?.destroy();
    this.abort.abort();
    this.hls?.destroy();
    this.video.removeAttribute("src");
    this.video.load();
    this.dom.remove();
  }
}
