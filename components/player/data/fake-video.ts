import type { TrackableMedia } from "./track-video";

/** Test stand-in for the browser's <video>: an EventTarget with the fields the tracker reads. */
export class FakeVideo extends EventTarget implements TrackableMedia {
  currentTime = 0;
  duration = 12.5;
  autoplay = true;
  preload = "auto";
  currentSrc = "http://localhost/stream/abc.m3u8";
  clientWidth = 640;
  clientHeight = 360;
  error: { code: number; message?: string } | null = null;
  fire(type: string, at = this.currentTime) {
    this.currentTime = at;
    this.dispatchEvent(new Event(type));
  }
}
