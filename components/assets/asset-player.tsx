"use client";

import Hls from "hls.js";
import { useEffect, useState } from "react";
import { KeyframePlayer } from "@/components/player/keyframe-player";
import type { KeyframePlayerCore } from "@/components/player/core/keyframe-player-core";
import { formatBitrate } from "./format-media";

/**
 * The asset page's player: the Keyframe player (quality, captions, audio, speed in its settings
 * menu) plus a line saying which rendition is playing. Console previews do not report to Video
 * Data, so operators checking an asset do not count as viewers.
 */
export function AssetPlayer({ src, playbackId, poster, title }: { src: string | null; playbackId?: string; poster?: string; title?: string }) {
  const [player, setPlayer] = useState<KeyframePlayerCore | null>(null);
  const [level, setLevel] = useState<{ text: string } | null>(null);

  useEffect(() => {
    const hls: Hls | null = player?.hls ?? null;
    if (!hls) return setLevel(null);
    const render = () => {
      const l = hls.levels[hls.currentLevel];
      setLevel(l ? { text: `Playing ${l.height}p · ${formatBitrate(l.bitrate)}${hls.autoLevelEnabled ? " (auto)" : ""}` } : { text: "Loading…" });
    };
    hls.on(Hls.Events.LEVEL_SWITCHED, render);
    render();
    return () => hls.off(Hls.Events.LEVEL_SWITCHED, render);
  }, [player]);

  return (
    <div className="flex flex-col gap-2">
      {src ? (
        <KeyframePlayer data-testid="asset-player" className="aspect-video w-full overflow-hidden rounded-lg" src={src} playbackId={playbackId} poster={poster ?? ""} title={title} data={false} onReady={setPlayer} />
      ) : (
        <div role="status" className="flex aspect-video w-full items-center justify-center rounded-lg bg-black p-6 text-center text-[13px] text-white">
          No public playback ID: generate a signed URL below to play this asset.
        </div>
      )}
      <span data-testid="player-level" className="text-[12px] tabular-nums text-fg-muted">{src ? level?.text : ""}</span>
    </div>
  );
}
