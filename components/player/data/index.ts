// @keyframe/data: the Video Data tracker, usable without the Keyframe player.
export { trackVideo, sdkName, sdkVersion, type TrackVideoOptions, type TrackableMedia, type TrackableHls, type VideoTracker } from "./track-video";
export { createViewSequencer, type MediaSignal } from "./sequence-view-events";
export { createBeaconBatcher } from "./batch-beacons";
