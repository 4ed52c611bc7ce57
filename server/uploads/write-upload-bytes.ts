import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { uploads } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { formatByteSize } from "@/server/ingest/format-byte-size";
import { uploadStagingFile } from "./upload-staging-file";

export interface WriteUploadBytesInput {
  uploadId: string;
  /** First byte `body` holds. Bytes already stored are skipped (a retried or overlapping chunk). */
  start: number;
  body: Readable;
  /** Most bytes `body` may hold; `tooLong` decides what going past it means. */
  maxLength: number;
  tooLong: { code: "payload_too_large" | "invalid_parameters"; message: string };
  /** Start over from byte 0 (a plain PUT of the whole file). */
  restart?: boolean;
}

/** Bytes an upload has stored so far: the staging file is the source of truth. */
export const stagedBytes = (uploadId: string) => fsp.stat(uploadStagingFile(uploadId)).then((s) => s.size, () => 0);

/**
 * Appends `body` to the upload's staging file, streaming (memory stays bounded), and records the
 * new offset. A body cut short keeps what arrived, so the client can resume from the stored offset.
 */
export async function writeUploadBytes(input: WriteUploadBytesInput): Promise<{ received: number }> {
  const file = uploadStagingFile(input.uploadId);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  if (input.restart) await fsp.writeFile(file, "");
  const stored = await stagedBytes(input.uploadId);
  if (input.start > stored) {
    throw new AppError({
      code: "conflict",
      message: `This chunk starts at byte ${input.start} but only ${stored} bytes have been received; resume from byte ${stored}`,
    });
  }
  let skip = stored - input.start;
  let seen = 0;
  const slice = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > input.maxLength) return callback(new AppError(input.tooLong));
      if (skip >= chunk.length) {
        skip -= chunk.length;
        return callback();
      }
      const rest = skip ? chunk.subarray(skip) : chunk;
      skip = 0;
      callback(null, rest);
    },
  });
  let failure: unknown = null;
  try {
    await pipeline(input.body, slice, fs.createWriteStream(file, { flags: "a" }));
  } catch (error) {
    failure = error;
  }
  const received = await stagedBytes(input.uploadId);
  const db = await getDb();
  await db.update(uploads).set({ bytesReceived: received }).where(eq(uploads.id, input.uploadId));
  if (failure instanceof AppError) throw failure;
  if (failure) throw new AppError({ code: "invalid_parameters", message: `The upload request ended early; ${received} bytes are stored, resume from there`, cause: failure });
  return { received };
}

export const sizeCapError = (maxBytes: number) => ({
  code: "payload_too_large" as const,
  message: `The file is larger than the ${formatByteSize(maxBytes)} upload limit`,
});
