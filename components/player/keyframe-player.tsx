"use client";

import { useEffect, useRef } from "react";
import { KeyframePlayerCore, type KeyframePlayerOptions } from "./core/keyframe-player-core";

export interface KeyframePlayerProps extends Omit<KeyframePlayerOptions, "onError"> {
  className?: string;
  /** Called with the player once it is built (and null when it is torn down). */
  onReady?: (player: KeyframePlayerCore | null) => void;
  onError?: (message: string, code: string) => void;
  "data-testid"?: string;
}

/**
 * The Keyframe player as a React component: a thin wrapper that builds a KeyframePlayerCore into
 * its div and rebuilds it when the source or any option changes.
 */
export function KeyframePlayer({ className, onReady, onError, "data-testid": testId, ...options }: KeyframePlayerProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onReady, onError });
  callbacks.current = { onReady, onError };
  const key = JSON.stringify(options);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const player = new KeyframePlayerCore(host, host, { ...(JSON.parse(key) as KeyframePlayerOptions), onError: (m, c) => callbacks.current.onError?.(m, c) });
    callbacks.current.onReady?.(player);
    return () => {
      callbacks.current.onReady?.(null);
      player.destroy();
    };
  }, [key]);

  return <div ref={hostRef} className={className} data-testid={testId} />;
}
