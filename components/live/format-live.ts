/** 45 → "45 s", 754 → "12 m 34 s", 7384 → "2 h 03 m". */
export function formatConnectedFor(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return "—";
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} m ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} m`;
}

/** 4520 kbps → "4.5 Mbps", 850 → "850 kbps". */
export function formatKbps(kbps: number | null | undefined): string {
  if (kbps == null || !Number.isFinite(kbps)) return "—";
  return kbps >= 1000 ? `${(kbps / 1000).toFixed(1)} Mbps` : `${Math.round(kbps)} kbps`;
}
