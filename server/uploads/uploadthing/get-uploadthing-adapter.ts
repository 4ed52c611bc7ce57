import { env } from "@/server/env";
import { createUploadthingAdapter } from "./create-uploadthing-adapter";
import type { UploadthingAdapter } from "./uploadthing-adapter";

let adapter: UploadthingAdapter | null | undefined;

/** The uploadthing adapter when UPLOADTHING_TOKEN is set, otherwise null (the console then uses direct uploads only). */
export function getUploadthingAdapter(): UploadthingAdapter | null {
  if (adapter === undefined) adapter = env.UPLOADTHING_TOKEN ? createUploadthingAdapter({ token: env.UPLOADTHING_TOKEN }) : null;
  return adapter;
}
