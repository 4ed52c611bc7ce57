/** 75.4 → "1:15", 3725 → "1:02:05"; unknown durations show as "--:--". */
export function formatTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Live DVR position: 12.4 s behind the live position → "-0:12"; at the live position "-0:00". */
export function formatLiveOffset(behindSeconds: number): string {
  return `-${formatTime(Math.max(0, behindSeconds))}`;
}

/** Latency readout: 1.84 → "1.8 s", 42.3 → "42 s". */
export function formatLatency(seconds: number): string {
  const s = Math.max(0, seconds);
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}
