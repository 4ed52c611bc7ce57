/** Where a simulcast target publishes: its URL with the stream key as the last path segment. */
export function simulcastPushUrl(target: { url: string; streamKey: string | null }): string {
  const base = target.url.trim();
  return target.streamKey ? `${base.replace(/\/+$/, "")}/${target.streamKey}` : base;
}

/**
 * One ffmpeg per simulcast target while a publisher is connected: the live FLV on stdin, copied
 * as is (no re-encode) to the target over RTMP(S). `-progress pipe:1` says when it publishes: the
 * RTMP handshake and publish finish before ffmpeg starts its read loop.
 */
export function simulcastPushArgs(target: { url: string; streamKey: string | null }): string[] {
  return [
    "-hide_banner", "-nostdin", "-nostats", "-loglevel", "warning", "-progress", "pipe:1", "-stats_period", "0.5",
    "-analyzeduration", "1000000", "-probesize", "1000000",
    "-f", "flv", "-i", "pipe:0",
    "-map", "0:v?", "-map", "0:a?", "-c", "copy",
    // The target is not seekable: no going back to patch duration and file size in. A target
    // that stops reading fails the push after 15 s instead of holding it forever.
    "-f", "flv", "-flvflags", "no_duration_filesize", "-rw_timeout", "15000000",
    simulcastPushUrl(target),
  ];
}
