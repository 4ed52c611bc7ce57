/** What Keyframe knows about a media file, normalised from ffprobe's JSON. */
export interface MediaInfo {
  /** Short container name: mp4, mov, webm, mkv, mp3, ogg, ... (ffprobe's first format name otherwise). */
  container: string | null;
  /** ffprobe's raw format_name, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  formatName: string | null;
  durationSeconds: number | null;
  sizeBytes: number | null;
  bitrate: number | null;
  video: VideoStreamInfo[];
  audio: AudioStreamInfo[];
  /** Plain-language reason the file is not usable as media; null when it is. */
  problem: string | null;
}

export interface VideoStreamInfo {
  index: number;
  codec: string;
  profile: string | null;
  pixFmt: string | null;
  bitDepth: number | null;
  /** Coded frame size. */
  width: number;
  height: number;
  /** Size a player shows: rotation and non-square pixels applied. */
  displayWidth: number;
  displayHeight: number;
  /** Display-matrix rotation as ffprobe reports it, normalised to 0, 90, 180 or 270. */
  rotation: number;
  fps: number | null;
  variableFrameRate: boolean;
  durationSeconds: number | null;
  bitrate: number | null;
}

export interface AudioStreamInfo {
  index: number;
  codec: string;
  profile: string | null;
  channels: number;
  channelLayout: string | null;
  sampleRate: number | null;
  durationSeconds: number | null;
  bitrate: number | null;
}
