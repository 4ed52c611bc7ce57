import { KeyframePlayerCore, type KeyframePlayerOptions } from "./core/keyframe-player-core";

const attributes = [
  "playback-id", "src", "token", "thumbnail-token", "storyboard-token", "poster", "video-title", "autoplay", "muted", "loop",
  "start-time", "primary-color", "stream-base-url", "image-base-url", "beacon-url", "disable-data", "prefer-native",
] as const;

function readOptions(el: HTMLElement): KeyframePlayerOptions {
  const get = (name: (typeof attributes)[number]) => el.getAttribute(name) ?? undefined;
  const flag = (name: (typeof attributes)[number]) => el.hasAttribute(name) && el.getAttribute(name) !== "false";
  const start = Number(get("start-time"));
  return {
    playbackId: get("playback-id"),
    src: get("src"),
    token: get("token"),
    thumbnailToken: get("thumbnail-token"),
    storyboardToken: get("storyboard-token"),
    poster: get("poster"),
    title: get("video-title"),
    autoplay: flag("autoplay"),
    muted: flag("muted"),
    loop: flag("loop"),
    startTime: Number.isFinite(start) && start > 0 ? start : undefined,
    primaryColor: get("primary-color"),
    streamBaseUrl: get("stream-base-url"),
    imageBaseUrl: get("image-base-url"),
    preferNative: flag("prefer-native"),
    data: flag("disable-data") ? false : { beaconUrl: get("beacon-url") },
  };
}

/**
 * Registers <keyframe-player playback-id="…" token="…"> (framework-free): the same core as the
 * React component, in an open shadow root. Attribute changes rebuild the player; the element
 * dispatches `keyframe-error` ({ message, code }) and exposes `.player` (the core), `.video`,
 * `.live` and `.latency` (with `data-live` / `data-latency` attributes while live).
 */
export function defineKeyframePlayerElement(tagName = "keyframe-player"): void {
  if (typeof customElements === "undefined" || customElements.get(tagName)) return;

  class KeyframePlayerElement extends HTMLElement {
    static observedAttributes = [...attributes];
    player: KeyframePlayerCore | null = null;
    private scheduled = false;

    get video(): HTMLVideoElement | null {
      return this.player?.video ?? null;
    }

    /** Live streams: seconds behind live (also the `data-latency` attribute), null otherwise. */
    get latency(): number | null {
      return this.player?.latency ?? null;
    }

    get live(): boolean {
      return this.player?.live ?? false;
    }

    connectedCallback() {
      if (!this.style.display) this.style.display = "block";
      this.schedule();
    }

    disconnectedCallback() {
      this.player?.destroy();
      this.player = null;
    }

    attributeChangedCallback() {
      this.schedule();
    }

    /** Upgrade, connection and several attribute changes in one task: one build. */
    private schedule() {
      if (!this.isConnected || this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        if (this.isConnected) this.rebuild();
      });
    }

    private rebuild() {
      this.player?.destroy();
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      this.player = new KeyframePlayerCore(root, this, {
        ...readOptions(this),
        onError: (message, code) => this.dispatchEvent(new CustomEvent("keyframe-error", { detail: { message, code }, bubbles: true, composed: true })),
      });
    }
  }
  customElements.define(tagName, KeyframePlayerElement);
}
