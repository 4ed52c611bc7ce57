import { deliveryUrls } from "./delivery-urls";

/** Every URL the console shows for a playback ID (root-relative unless base URLs are configured). */
export function getPlaybackUrls(playbackId: string) {
  return {
    stream: deliveryUrls.master(playbackId),
    thumbnail: deliveryUrls.image(playbackId, "thumbnail.jpg"),
    gif: deliveryUrls.image(playbackId, "animated.gif"),
    storyboard: deliveryUrls.image(playbackId, "storyboard.vtt"),
    embed: `/embed/${playbackId}`,
  };
}
