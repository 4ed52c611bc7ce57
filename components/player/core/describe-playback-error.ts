/** What a viewer is told when playback fails, from the HTTP status of the failed load (if any). */
export function describePlaybackError(status: number | undefined, details: string): string {
  if (status === 403) return "This video is private: it needs a valid, unexpired playback token.";
  if (status === 404) return "This video does not exist or is no longer available.";
  if (status === 412) return "This video is still being prepared. Try again in a moment.";
  if (details === "noHlsSupport") return "This browser cannot play HLS video.";
  return `Playback failed (${details}${status ? `, HTTP ${status}` : ""}).`;
}
