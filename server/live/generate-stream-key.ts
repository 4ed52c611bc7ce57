import { newId } from "@/server/ids";

/** A publisher's secret: 40 base62 characters (~238 bits), URL-safe for RTMP stream names and SRT streamids. */
export function generateStreamKey(): string {
  return newId(40);
}
