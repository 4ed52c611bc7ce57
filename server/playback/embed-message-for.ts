/** The viewer-facing text for a refused embed (the gate's message is short and safe to map). */
export function embedMessageFor(message: string): string {
  if (message === "A signed playback token is required") return "This video is private: the embed link needs a valid playback token (?token=).";
  if (message === "Playback token expired") return "This link has expired: ask for a new one.";
  if (message === "Invalid playback token") return "This link's playback token is not valid for this video.";
  return "Playback of this video is not allowed here.";
}
