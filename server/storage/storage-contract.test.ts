import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "./create-local-storage";
import { createS3Storage } from "./create-s3-storage";
import type { Storage } from "./storage";
import { uploadDirectory } from "./upload-directory";

interface Harness {
  storage: Storage;
  close(): Promise<void>;
}

async function localHarness(dir: string): Promise<Harness> {
  return { storage: createLocalStorage(path.join(dir, "storage")), close: async () => undefined };
}

// s3rver is a fake of the third-party S3 service (a real S3 cannot be reached from tests).
async function fakeS3Harness(dir: string): Promise<Harness> {
  const server = new S3rver({ port: 0, address: "127.0.0.1", directory: path.join(dir, "s3rver"), silent: true });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const admin = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials });
  await admin.send(new CreateBucketCommand({ Bucket: "keyframe-test" }));
  admin.destroy();
  const storage = createS3Storage({ bucket: "keyframe-test", region: "us-east-1", endpoint, forcePathStyle: true, ...credentials });
  return { storage, close: () => server.close() };
}

describe.each([
  ["local disk", localHarness],
  ["fake S3 (s3rver)", fakeS3Harness],
] as const)("storage contract: %s", (_name, makeHarness) => {
  let dir: string;
  let harness: Harness;
  let storage: Storage;
  const read = async (key: string, range?: { start: number; end?: number }) => text((await storage.get(key, { range })).body);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kf-storage-"));
    harness = await makeHarness(dir);
    storage = harness.storage;
  });
  afterAll(async () => {
    await harness?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("puts a buffer and reads it back with its metadata", async () => {
    const stored = await storage.put("assets/a1/hello.txt", Buffer.from("hello world"));
    expect(stored).toMatchObject({ key: "assets/a1/hello.txt", size: 11, contentType: "text/plain" });
    expect(stored.etag).not.toBe("");
    expect(Math.abs(stored.lastModified.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await storage.head("assets/a1/hello.txt")).toEqual(stored);
    expect(await read("assets/a1/hello.txt")).toBe("hello world");
  });

  it("puts from a stream and from a local file, overwriting", async () => {
    await storage.put("assets/a1/data.json", Readable.from(['{"a":', "1}"]));
    expect(await read("assets/a1/data.json")).toBe('{"a":1}');
    const file = path.join(dir, "local.json");
    fs.writeFileSync(file, '{"b":2}');
    const stored = await storage.put("assets/a1/data.json", { file });
    expect(stored).toMatchObject({ size: 7, contentType: "application/json" });
    expect(await read("assets/a1/data.json")).toBe('{"b":2}');
  });

  it("streams a multi-part sized upload intact", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const body = Readable.from((function* () { for (let i = 0; i < 9; i++) yield chunk; })());
    const stored = await storage.put("big/blob.bin", body);
    expect(stored.size).toBe(9 * 1024 * 1024);
    const tail = await storage.get("big/blob.bin", { range: { start: 9 * 1024 * 1024 - 4 } });
    expect(tail).toMatchObject({ size: 4, totalSize: 9 * 1024 * 1024 });
  });

  it("reads byte ranges", async () => {
    await storage.put("ranges/abc.txt", "0123456789");
    const part = await storage.get("ranges/abc.txt", { range: { start: 2, end: 4 } });
    expect(part).toMatchObject({ size: 3, totalSize: 10, range: { start: 2, end: 4 } });
    expect(await text(part.body)).toBe("234");
    expect(await read("ranges/abc.txt", { start: 7 })).toBe("789");
    expect(await read("ranges/abc.txt", { start: 8, end: 100 })).toBe("89");
    await expect(storage.get("ranges/abc.txt", { range: { start: 10 } })).rejects.toMatchObject({ code: "invalid_parameters" });
  });

  it("reports missing objects plainly", async () => {
    expect(await storage.head("nope/missing.txt")).toBeNull();
    await expect(storage.get("nope/missing.txt")).rejects.toMatchObject({ code: "not_found" });
    await expect(storage.delete("nope/missing.txt")).resolves.toBeUndefined();
  });

  it("lists and deletes by string prefix, leaving neighbours alone", async () => {
    for (const key of ["p/x/1.ts", "p/x/2.ts", "p/x/sub/3.ts", "p/xy.ts", "p/y/4.ts"]) await storage.put(key, key);
    expect((await storage.list("p/x/")).map((o) => o.key)).toEqual(["p/x/1.ts", "p/x/2.ts", "p/x/sub/3.ts"]);
    expect((await storage.list("p/x")).map((o) => o.key)).toEqual(["p/x/1.ts", "p/x/2.ts", "p/x/sub/3.ts", "p/xy.ts"]);
    expect((await storage.list("p/x/1")).map((o) => o.size)).toEqual([8]);
    expect(await storage.deletePrefix("p/x/")).toBe(3);
    expect((await storage.list("p/")).map((o) => o.key)).toEqual(["p/xy.ts", "p/y/4.ts"]);
    await storage.delete("p/xy.ts");
    expect(await storage.head("p/xy.ts")).toBeNull();
    await expect(storage.deletePrefix("")).rejects.toMatchObject({ code: "invalid_parameters" });
  });

  it.each(["../escape.txt", "a/../../escape.txt", "/etc/passwd", "a\\..\\b", "a//b", ".partial/x", "a/./b", ""])(
    "rejects the unsafe key %j",
    async (key) => {
      await expect(storage.put(key, "x")).rejects.toMatchObject({ code: "invalid_parameters" });
      await expect(storage.get(key)).rejects.toMatchObject({ code: "invalid_parameters" });
      await expect(storage.list(`${key}/`)).rejects.toMatchObject({ code: "invalid_parameters" });
      expect(fs.existsSync(path.join(dir, "escape.txt"))).toBe(false);
    },
  );

  it("gives ffmpeg a local file and uploads a directory", async () => {
    await storage.put("inputs/clip.mp4", "not really a clip");
    let seen = "";
    const content = await storage.withLocalFile("inputs/clip.mp4", async (file) => {
      seen = file;
      expect(file.endsWith(".mp4")).toBe(true);
      return fs.readFileSync(file, "utf8");
    });
    expect(content).toBe("not really a clip");
    if (storage.driver === "s3") expect(fs.existsSync(seen)).toBe(false);

    const out = path.join(dir, "hls");
    fs.mkdirSync(path.join(out, "720p"), { recursive: true });
    fs.writeFileSync(path.join(out, "master.m3u8"), "#EXTM3U\n");
    fs.writeFileSync(path.join(out, "720p", "seg0.ts"), "segment");
    const uploaded = await uploadDirectory(storage, out, "renditions/a1");
    expect(uploaded.map((o) => [o.key, o.contentType])).toEqual([
      ["renditions/a1/720p/seg0.ts", "video/mp2t"],
      ["renditions/a1/master.m3u8", "application/vnd.apple.mpegurl"],
    ]);
    expect(await read("renditions/a1/720p/seg0.ts")).toBe("segment");
  });
});
