import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { classifyFlvTag } from "../classify-flv-tag";
import { createFlvTagReader } from "../create-flv-tag-reader";
import type { FlvTag } from "../encode-flv";

/** The tags of captured FLV bytes, with what each holds. */
export function readFlv(bytes: Buffer) {
  const tags: (FlvTag & { info: ReturnType<typeof classifyFlvTag> })[] = [];
  let header: { audio: boolean; video: boolean } | null = null;
  createFlvTagReader({ onHeader: (has) => (header = has), onTag: (tag) => tags.push({ ...tag, info: classifyFlvTag(tag) }) }).push(bytes);
  return { header, tags };
}

/** Writes captured FLV bytes to a temporary file (for ffprobe); removed when the test process exits. */
export function writeTempFlv(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-ingest-"));
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "capture.flv");
  fs.writeFileSync(file, bytes);
  return file;
}
