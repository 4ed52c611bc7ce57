"use client";

import { RotateCcw } from "lucide-react";
import { useEffect, useState } from "react";
import { KeyframePlayer } from "@/components/player/keyframe-player";
import type { KeyframePlayerCore } from "@/components/player/core/keyframe-player-core";
import { formatLatency } from "@/components/player/core/format-time";
import { Button } from "@/components/ui/button";

/**
 * The stream as viewers see it, in the Keyframe player (muted autoplay, live UI), while a
 * broadcast is on. Console previews do not report to Video Data, so they do not count as viewers.
 */
export function LivePreview({ src, live, reconnecting, signedOnly, title }: { src: string | null; live: boolean; reconnecting: boolean; signedOnly: boolean; title: string }) {
  const [player, setPlayer] = useState<KeyframePlayerCore | null>(null);
  const [latency, setLatency] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!player) return setLatency(null);
    const timer = setInterval(() => setLatency(player.latency), 1000);
    return () => clearInterval(timer);
  }, [player]);

  const placeholder = !live
    ? "The preview starts when a publisher connects."
    : !src
      ? signedOnly
        ? "This stream has only signed playback IDs: sign a URL below to preview it."
        : "Add a playback ID to preview this stream."
      : null;

  return (
    <div className="flex flex-col gap-2">
      {placeholder ? (
        <div role="status" className="flex aspect-video w-full items-center justify-center rounded-lg bg-black p-6 text-center text-[13px] text-white" data-testid="live-preview-placeholder">
          {placeholder}
        </div>
      ) : (
        <KeyframePlayer
          key={`${src}#${attempt}`}
          data-testid="live-preview"
          className="aspect-video w-full overflow-hidden rounded-lg"
          src={src ?? undefined}
          poster=""
          title={title}
          autoplay
          muted
          data={false}
          onReady={setPlayer}
          onError={(message) => setError(message)}
        />
      )}
      <div className="flex min-h-7 items-center gap-3 text-[12px] text-fg-muted">
        {!placeholder && (
          <span className="tabular-nums" data-testid="preview-latency">
            {reconnecting ? "Publisher reconnecting…" : latency !== null ? `Latency ${formatLatency(latency)}` : "Measuring latency…"}
          </span>
        )}
        {!placeholder && (error || reconnecting) && (
          <Button size="sm" variant="ghost" className="ml-auto" onClick={() => { setError(null); setAttempt((n) => n + 1); }}><RotateCcw /> Reload preview</Button>
        )}
      </div>
    </div>
  );
}
