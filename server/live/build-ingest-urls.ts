import { appUrl, env } from "@/server/env";

/**
 * Where publishers send a stream (Keyframe's `ingest` field): RTMP's server URL takes the stream
 * key as the stream name, SRT carries it in `streamid`. RTMPS only when a certificate is set.
 */
export function buildIngestUrls(streamKey: string) {
  const host = env.LIVE_PUBLIC_HOST ?? new URL(appUrl).hostname;
  const rtmps = env.LIVE_RTMPS_CERT_FILE && env.LIVE_RTMPS_KEY_FILE ? `rtmps://${host}:${env.LIVE_RTMPS_PORT}/live` : undefined;
  return {
    rtmp_url: `rtmp://${host}:${env.LIVE_RTMP_PORT}/live`,
    ...(rtmps ? { rtmps_url: rtmps } : {}),
    srt_url: `srt://${host}:${env.LIVE_SRT_PORT}?streamid=${encodeURIComponent(streamKey)}`,
  };
}
