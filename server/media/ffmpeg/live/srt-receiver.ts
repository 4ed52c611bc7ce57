/**
 * The per-connection SRT receiver: an ffmpeg SRT listener on a loopback port (the ingest proxy forwards
 * the caller's packets to it) remuxing MPEG-TS to FLV on stdout. Video is copied; audio becomes AAC
 * because FLV carries little else (MPEG-TS often brings MP2, AC-3 or Opus).
 */
export function buildSrtReceiverArgs(opts: { port: number; latencyMs: number; listenTimeoutMs: number }): string[] {
  const us = (ms: number) => String(Math.round(ms * 1000));
  const url = `srt://127.0.0.1:${opts.port}?mode=listener&latency=${us(opts.latencyMs)}&listen_timeout=${us(opts.listenTimeoutMs)}&timeout=${us(10_000)}`;
  return [
    "-hide_banner",
    "-nostdin",
    "-loglevel", "error",
    "-analyzeduration", "1000000",
    "-f", "mpegts",
    "-i", url,
    "-map", "0:v:0?",
    "-map", "0:a:0?",
    "-c:v", "copy",
    "-c:a", "aac",
    "-b:a", "160k",
    "-f", "flv",
    "-flvflags", "no_duration_filesize",
    "-flush_packets", "1",
    "pipe:1",
  ];
}
