import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestFlv } from "@/server/live/simulcast/testing/make-test-flv";
import { createLocalStorage } from "@/server/storage/create-local-storage";
import type { Storage } from "@/server/storage/storage";
import { createRecordingWriter } from "./create-recording-writer";

const finish = (writer: ReturnType<typeof createRecordingWriter>) =>
  new Promise<string | null>((resolve, reject) => {
    writer.once("stored", resolve);
    writer.once("error", reject);
    writer.end();
  });

describe("createRecordingWriter", () => {
  let dir: string;
  let storage: Storage;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-recording-test-"));
    storage = createLocalStorage(path.join(dir, "storage"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stores everything written, as written, at the key once ended, and leaves no temporary file", async () => {
    const flv = fs.readFileSync(await makeTestFlv(path.join(dir, "clip.flv"), { seconds: 2 }));
    const tempDir = fs.mkdtempSync(path.join(dir, "tmp-"));
    const writer = createRecordingWriter({ storage, key: "live/ls1/s1/recording-001.flv", tempDir });
    for (let p = 0; p < flv.length; p += 7_000) writer.write(flv.subarray(p, p + 7_000));
    expect(await finish(writer)).toBe("live/ls1/s1/recording-001.flv");
    const stored = await storage.get("live/ls1/s1/recording-001.flv");
    const chunks: Buffer[] = [];
    for await (const c of stored.body) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(flv)).toBe(true);
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });

  it("stores nothing for a connection that sent nothing", async () => {
    const writer = createRecordingWriter({ storage, key: "live/ls1/s1/recording-002.flv" });
    expect(await finish(writer)).toBeNull();
    expect(await storage.head("live/ls1/s1/recording-002.flv")).toBeNull();
  });
});
