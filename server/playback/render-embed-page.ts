import type { EmbedPlayback } from "./plan-embed-playback";
import type { parseEmbedParams } from "./parse-embed-params";

export type EmbedPageView =
  | { state: "not_found"; playbackId: string }
  | { state: "forbidden"; playbackId: string; message: string }
  | {
      state: "ok";
      playbackId: string;
      title: string | null;
      options: ReturnType<typeof parseEmbedParams>;
      playback: EmbedPlayback;
      /** URL of the player module (the light or full hls.js build). */
      script: string;
      streamBaseUrl: string;
      imageBaseUrl: string;
    };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const attrs = (list: Record<string, string | boolean | undefined>) =>
  Object.entries(list)
    .filter(([, v]) => v !== undefined && v !== false && v !== "")
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape(v as string)}"`))
    .join("");

const styles = `html,body{margin:0;height:100%;background:#000;color:#fff;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}
main{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:4px;height:100dvh;padding:24px;box-sizing:border-box;text-align:center}
h1{margin:0;font-size:15px;font-weight:600}.code{font:12px ui-monospace,monospace;color:#fff9}.hint{font-size:13px;color:#ffffffb3;margin:0}`;

function page(playbackId: string, head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Video ${escape(playbackId)}</title><link rel="icon" href="data:,">${head}<style>${styles}</style></head><body>${body}</body></html>`;
}

/**
 * The /embed page as plain HTML, no React: the player module and the start segments preloaded so
 * they load together, the master and start playlists inline, then the <keyframe-player> element.
 * Refusals render a message in the frame, without console chrome.
 */
export function renderEmbedPage(view: EmbedPageView): string {
  if (view.state === "not_found") {
    return page(view.playbackId, "", `<main><p class="code">404</p><h1>Video not found</h1><p class="hint">This video does not exist or is no longer available.</p></main>`);
  }
  if (view.state === "forbidden") return page(view.playbackId, "", `<main><p role="alert">${escape(view.message)}</p></main>`);
  const { options, playback } = view;
  const head = [
    `<link rel="modulepreload" href="${escape(view.script)}">`,
    ...playback.preloads.map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escape(url)}">`),
    // JSON in a script element: "<" escaped so no playlist text can close it.
    `<script type="application/json" id="keyframe-inline-playlists">${JSON.stringify(playback.inline).replace(/</g, "\\u003c")}</script>`,
    `<script type="module" src="${escape(view.script)}"></script>`,
    "<style>keyframe-player{display:block;width:100vw;height:100dvh}</style>",
  ].join("");
  const player = attrs({
    "playback-id": view.playbackId,
    token: options.token,
    "thumbnail-token": options.thumbnailToken,
    "storyboard-token": options.storyboardToken,
    "video-title": view.title ?? undefined,
    autoplay: options.autoplay,
    muted: options.muted,
    loop: options.loop,
    "start-time": options.startTime ? String(options.startTime) : undefined,
    "primary-color": options.primaryColor,
    "stream-base-url": view.streamBaseUrl,
    "image-base-url": view.imageBaseUrl,
    "data-start-level": playback.startLevel === null ? undefined : String(playback.startLevel),
  });
  return page(view.playbackId, head, `<keyframe-player${player}></keyframe-player>`);
}
