/** One LL-HLS part: a moof+mdat (plus any video-less fragments before it). */
export type LivePart = { duration: number; independent: boolean; bytes: Buffer };

/** One media segment of a rendition, growing part by part until the next one starts. */
export type LiveSegment = {
  msn: number;
  /** Publisher connection it came from: its init is `init-{connection}.mp4`. */
  connection: number;
  /** First segment of a later connection: EXT-X-DISCONTINUITY goes before it. */
  discontinuity: boolean;
  /** Discontinuities before and at this segment (EXT-X-DISCONTINUITY-SEQUENCE when it opens the playlist). */
  discontinuitySequence: number;
  /** Epoch ms of its first frame. */
  programDateTime: number;
  /** Seconds on the rendition's timeline (all connections end to end). */
  start: number;
  duration: number;
  independent: boolean;
  complete: boolean;
  /** Kept for the last few segments only. */
  parts: LivePart[] | null;
  /** The whole segment once complete, until it is stored and old enough to leave memory. */
  bytes: Buffer | null;
  /** null while the storage write runs. */
  stored: boolean | null;
};
