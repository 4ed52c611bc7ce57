"use client";

import { createElement } from "react";
import { defineKeyframePlayerElement } from "./define-keyframe-player-element";

// Defined when this chunk loads, before hydration, so the element upgrades (and starts loading the
// stream) as early as possible.
if (typeof window !== "undefined") defineKeyframePlayerElement();

export interface EmbedPlayerProps {
  playbackId: string;
  token?: string;
  thumbnailToken?: string;
  storyboardToken?: string;
  title?: string;
  autoplay?: boolean;
  muted?: boolean;
  loop?: boolean;
  startTime?: number;
  primaryColor?: string;
  streamBaseUrl?: string;
  imageBaseUrl?: string;
}

/** The embed page's player: the <keyframe-player> web component filling the frame. */
export function EmbedPlayer(props: EmbedPlayerProps) {
  const flag = (on: boolean | undefined) => (on ? "" : undefined);
  return createElement("keyframe-player", {
    "playback-id": props.playbackId,
    token: props.token,
    "thumbnail-token": props.thumbnailToken,
    "storyboard-token": props.storyboardToken,
    "video-title": props.title,
    autoplay: flag(props.autoplay),
    muted: flag(props.muted),
    loop: flag(props.loop),
    "start-time": props.startTime ? String(props.startTime) : undefined,
    "primary-color": props.primaryColor,
    "stream-base-url": props.streamBaseUrl,
    "image-base-url": props.imageBaseUrl,
    style: { display: "block", width: "100vw", height: "100dvh" },
  });
}
