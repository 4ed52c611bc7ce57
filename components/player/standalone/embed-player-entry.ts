import Hls from "hls.js";
import { defineKeyframePlayerElement } from "../define-keyframe-player-element";
import { createInlineLoader } from "./create-inline-loader";

// The embed page (server/playback/render-embed-page.ts) inlines the master and start playlists and
// names hls.js's index of the start rendition, whose init and first segment it preloads. The build
// maps "hls.js" to the light or the full build.
const startLevel = Number(document.querySelector<HTMLElement>("keyframe-player[data-start-level]")?.dataset.startLevel ?? NaN);
const inline = JSON.parse(document.getElementById("keyframe-inline-playlists")?.textContent || "{}") as Record<string, string>;
Hls.DefaultConfig = {
  ...Hls.DefaultConfig,
  ...(Number.isInteger(startLevel) && startLevel >= 0 ? { startLevel } : {}),
  pLoader: createInlineLoader(new Map(Object.entries(inline).map(([url, text]) => [new URL(url, location.href).href, text]))),
};
defineKeyframePlayerElement();
