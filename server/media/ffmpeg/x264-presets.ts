/** libx264's speed presets, fastest first. */
export const x264Presets = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"] as const;
export type X264Preset = (typeof x264Presets)[number];
