import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createFlvTagSplitter, type FlvPiece } from "./create-flv-tag-splitter";
import { makeTestFlv } from "@/server/live/simulcast/testing/make-test-flv";

const readAll = (bytes: Buffer, chunkSizes: () => number) => {
  const reader = createFlvTagSplitter();
  const pieces: FlvPiece[] = [];
  for (let p = 0; p < bytes.length; ) {
    const n = chunkSizes();
    pieces.push(...reader.push(bytes.subarray(p, p + n)));
    p += n;
  }
  return pieces;
};

describe("createFlvTagSplitter", () => {
  let flv: Buffer;
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-flv-"));
    flv = fs.readFileSync(await makeTestFlv(path.join(dir, "clip.flv"), { seconds: 2, keyframeSeconds: 0.5 }));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("splits a stream in arbitrary chunks into the header and whole tags, byte for byte", () => {
    const pieces = readAll(flv, () => 1 + Math.floor(Math.random() * 3000));
    expect(pieces[0]).toMatchObject({ kind: "header" });
    expect(Buffer.concat(pieces.map((p) => p.bytes)).equals(flv)).toBe(true);
    const tags = pieces.flatMap((p) => (p.kind === "tag" ? [p] : []));
    expect(tags[0]).toMatchObject({ type: "script" });
    expect(tags.filter((t) => t.config).map((t) => t.type).sort()).toEqual(["audio", "video"]);
    // 2 s at a keyframe every 0.5 s.
    expect(tags.filter((t) => t.keyframe)).toHaveLength(4);
    // 50 frames, then the encoder's end-of-sequence tag.
    const video = tags.filter((t) => t.type === "video" && !t.config);
    expect(video).toHaveLength(51);
    expect(video.at(-2)!.timestamp - video[0]!.timestamp).toBe(1960);
  });

  it("finds the next tag boundary when joined mid-stream", () => {
    const whole = readAll(flv, () => 65536).flatMap((p) => (p.kind === "tag" ? [p] : []));
    const cut = Math.floor(flv.length * 0.4) + 3;
    const joined = readAll(flv.subarray(cut), () => 1 + Math.floor(Math.random() * 5000));
    expect(joined.every((p) => p.kind === "tag")).toBe(true);
    const firstIndex = whole.findIndex((t) => t.bytes.equals(joined[0]!.bytes));
    expect(firstIndex).toBeGreaterThan(0);
    expect(joined.map((p) => p.bytes.toString("hex"))).toEqual(whole.slice(firstIndex).map((t) => t.bytes.toString("hex")));
    expect(whole.length - firstIndex).toBeGreaterThan(whole.length * 0.5);
  });
});
