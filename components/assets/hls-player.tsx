"use client";

import Hls, { type Level } from "hls.js";
import { useEffect, useRef, useState } from "react";
import { Select } from "@/components/ui/input";
import { formatBitrate } from "./format-media";

/** hls.js in a <video>, with a quality menu (Auto or a fixed rendition) and what is playing now. */
export function HlsPlayer({ src, poster }: { src: string | null; poster?: string }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const hlsRef = useRef<Hls | null>(null);
  const [levels, setLevels] = useState<Level[]>([]);
  const [current, setCurrent] = useState(-1);
  const [choice, setChoice] = useState(-1);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !src) return;
    setError(null);
    setLevels([]);
    if (!Hls.isSupported()) {
      video.src = src; // Safari plays HLS natively
      return;
    }
    const hls = new Hls({ enableWorker: true });
    hlsRef.current = hls;
    hls.on(Hls.Events.MANIFEST_PARSED, (_e, data) => setLevels(data.levels));
    hls.on(Hls.Events.LEVEL_SWITCHED, (_e, data) => setCurrent(data.level));
    hls.on(Hls.Events.ERROR, (_e, data) => {
      if (!data.fatal) return;
      const status = data.response?.code;
      setError(status === 403 ? "Playback refused (403): this playback ID is signed and needs a valid token." : status === 412 ? "Not playable yet: the asset is still preparing." : `Playback failed: ${data.details}`);
    });
    hls.loadSource(src);
    hls.attachMedia(video);
    return () => {
      hls.destroy();
      hlsRef.current = null;
    };
  }, [src]);

  const choose = (level: number) => {
    setChoice(level);
    if (hlsRef.current) hlsRef.current.currentLevel = level;
  };
  const playing = levels[current];

  return (
    <div className="flex flex-col gap-2">
      <div className="relative overflow-hidden rounded-lg bg-black">
        <video ref={videoRef} data-testid="asset-player" controls playsInline muted poster={poster} className="aspect-video w-full" />
        {(error || !src) && (
          <div role="status" className="absolute inset-0 flex items-center justify-center bg-black/75 p-6 text-center text-[13px] text-white">
            {error ?? "No public playback ID: generate a signed URL below to play this asset."}
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-[12px] text-fg-muted">
        <span data-testid="player-level" className="tabular-nums">
          {playing ? `Playing ${playing.height}p · ${formatBitrate(playing.bitrate)}${choice === -1 ? " (auto)" : ""}` : levels.length ? "Loading…" : ""}
        </span>
        {levels.length > 0 && (
          <label className="flex items-center gap-2">
            Quality
            <Select aria-label="Quality" value={choice} onChange={(e) => choose(Number(e.target.value))} className="h-7 w-36 text-xs">
              <option value={-1}>Auto</option>
              {levels.map((l, i) => (
                <option key={i} value={i}>{`${l.height}p · ${formatBitrate(l.bitrate)}`}</option>
              ))}
            </Select>
          </label>
        )}
      </div>
    </div>
  );
}
