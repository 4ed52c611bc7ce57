import type { LiveRendition } from "@/server/live/session/choose-live-ladder";

/** Fragment (LL-HLS part) length asked of the muxer, in microseconds: just under 1/3 s, so FLV's millisecond timestamps give 10-frame parts at 30 fps. */
export const LIVE_PART_MICROSECONDS = 330_000;
/** Keyframe interval forced on encoded renditions when the source's own keyframes can't be followed. */
export const LIVE_KEYFRAME_SECONDS = 2;

/**
 * One ffmpeg per publisher connection: reads the FLV on stdin and writes one fragmented MP4 per
 * rendition to pipe fd 3, 4, … (rendition order), ready for the LL-HLS packager. Encoded rungs
 * follow the source's keyframes (`-force_key_frames source`, no scene-cut keyframes), so every
 * rendition cuts segments at the same instants; a source that is itself encoded gets a keyframe
 * every 2 s. `-progress pipe:1` reports frames and drops for the stream's health.
 */
export function liveTranscodeArgs(input: { renditions: LiveRendition[]; hasAudio: boolean }): string[] {
  const encoded = input.renditions.filter((r) => !r.passthrough);
  const sourceKeyframes = input.renditions.some((r) => r.passthrough);
  const args = [
    "-hide_banner", "-nostats", "-loglevel", "warning", "-progress", "pipe:1",
    // No `-fflags nobuffer`: it discards the packets read while probing (a second of video lost).
    "-flags", "low_delay", "-analyzeduration", "1000000", "-probesize", "1000000",
    "-f", "flv", "-i", "pipe:0",
  ];
  if (encoded.length) {
    const labels = encoded.map((_, i) => `[v${i}]`).join("");
    const scales = encoded.map((r, i) => `[v${i}]scale=${r.width}:${r.height}:flags=bicubic,format=yuv420p[o${i}]`).join(";");
    args.push("-filter_complex", `[0:v]split=${encoded.length}${labels};${scales}`);
  }
  input.renditions.forEach((r, index) => {
    if (r.passthrough) args.push("-map", "0:v:0", `-c:v`, "copy");
    else {
      const i = encoded.indexOf(r);
      args.push(
        "-map", `[o${i}]`, "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-profile:v", "high",
        "-b:v", `${r.bitrateKbps}k`, "-maxrate", `${Math.round(r.bitrateKbps * 1.2)}k`, "-bufsize", `${r.bitrateKbps}k`,
        // Source timestamps kept as they are (no CFR duplication of FLV's millisecond jitter).
        "-sc_threshold", "0", "-fps_mode", "passthrough",
        ...(sourceKeyframes ? ["-force_key_frames", "source"] : ["-force_key_frames", `expr:gte(t,n_forced*${LIVE_KEYFRAME_SECONDS})`]),
      );
    }
    if (input.hasAudio) args.push("-map", "0:a:0", "-c:a", "aac", "-b:a", "128k", "-ac", "2", "-ar", "48000");
    args.push(
      "-f", "mp4", "-movflags", "+frag_keyframe+empty_moov+default_base_moof", "-frag_duration", String(LIVE_PART_MICROSECONDS),
      "-flush_packets", "1", "-max_muxing_queue_size", "1024", `pipe:${3 + index}`,
    );
  });
  return args;
}
