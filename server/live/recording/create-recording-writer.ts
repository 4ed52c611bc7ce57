import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { Storage } from "@/server/storage/storage";

/**
 * A publisher connection's recording: the FLV written to it goes to a local temporary file and,
 * once the stream is ended, is stored at `key`. Emits `stored` with the key (null when nothing was
 * written, so nothing was stored), or `error` when the file could not be written or stored.
 */
export function createRecordingWriter(input: { storage: Storage; key: string; tempDir?: string }): Writable {
  const dir = fs.mkdtempSync(path.join(input.tempDir ?? os.tmpdir(), "kf-recording-"));
  const file = path.join(dir, "recording.flv");
  const out = fs.createWriteStream(file);
  let bytes = 0;
  const cleanUp = () => fs.rmSync(dir, { recursive: true, force: true });
  const writer: Writable = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      out.write(chunk, callback);
    },
    final(callback) {
      out.end(() => {
        const stored = bytes > 0 ? input.storage.put(input.key, { file }, { contentType: "video/x-flv" }).then(() => input.key) : Promise.resolve(null);
        stored.then(
          (key) => {
            cleanUp();
            callback();
            writer.emit("stored", key);
          },
          (error: unknown) => {
            cleanUp();
            callback(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
    destroy(error, callback) {
      out.destroy();
      cleanUp();
      callback(error);
    },
  });
  return writer;
}
