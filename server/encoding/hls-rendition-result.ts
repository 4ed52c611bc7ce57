/** What a packaged HLS rendition turned out to be, measured from its files (a builder result). */
export interface HlsRenditionResult {
  /** Directory name under the asset's hls/ prefix, e.g. "720p" or "audio". */
  name: string;
  width: number | null;
  height: number | null;
  frameRate: number | null;
  /** CODECS attribute value, e.g. "avc1.64001f,mp4a.40.2". */
  codecs: string;
  segmentDurations: number[];
  /** Highest segment bitrate (bits/s): the master's BANDWIDTH. */
  peakBitrate: number;
  /** Total bytes × 8 / total duration: the master's AVERAGE-BANDWIDTH. */
  averageBitrate: number;
  /** Bytes of the playlist's init segment and media segments. */
  totalBytes: number;
}
