/**
 * Reads ffmpeg's `-progress pipe:1` key=value stream and reports percent of `durationSeconds`
 * written, 0..100, never going backwards. Returns a function to feed stdout chunks into.
 */
export function trackProgress(durationSeconds: number | undefined, onProgress: (percent: number) => void) {
  let buffered = "";
  let last = -1;
  const report = (percent: number) => {
    const clamped = Math.min(100, Math.max(0, Math.round(percent * 10) / 10));
    if (clamped <= last) return;
    last = clamped;
    onProgress(clamped);
  };
  return (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      const [key, value] = line.trim().split("=", 2);
      if (key === "progress" && value === "end") report(100);
      // out_time_us is microseconds (out_time_ms is too, despite its name); N/A before the first frame.
      if (key === "out_time_us" && durationSeconds && durationSeconds > 0) {
        const us = Number(value);
        if (Number.isFinite(us)) report((us / 1e6 / durationSeconds) * 100);
      }
    }
  };
}
