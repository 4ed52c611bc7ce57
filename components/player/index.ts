// The Keyframe player: React component, web component and the framework-free core they share.
export { KeyframePlayer, type KeyframePlayerProps } from "./keyframe-player";
export { defineKeyframePlayerElement } from "./define-keyframe-player-element";
export { KeyframePlayerCore, type KeyframePlayerOptions } from "./core/keyframe-player-core";
