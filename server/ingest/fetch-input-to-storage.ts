import { pipeline } from "node:stream/promises";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { getStorage } from "@/server/storage/get-storage";
import { formatByteSize } from "./format-byte-size";
import type { IngestGuardOptions } from "./ingest-guard";
import { limitStreamBytes } from "./limit-stream-bytes";
import { openHttpInput, type OpenedInput } from "./open-http-input";
import { openS3Input } from "./open-s3-input";

export interface FetchInputOptions extends IngestGuardOptions {
  url: string;
  /** Storage key to write, e.g. assetStorageKeys.source(assetId). */
  key: string;
  /** Default INGEST_MAX_BYTES. */
  maxBytes?: number;
  /** Connect, headers and idle timeout in ms. Default INGEST_TIMEOUT_SECONDS. */
  timeoutMs?: number;
  /** S3 client settings for s3:// URLs. Default: the S3_* environment. */
  s3?: S3ClientConfig;
}

/**
 * Streams an input URL into storage at `key`: http(s) behind the SSRF guard (every redirect hop,
 * at most 5), or s3://bucket/key with the configured S3 credentials. The size cap holds both on
 * Content-Length and while streaming. Failures are AppErrors whose message a user can act on.
 */
export async function fetchInputToStorage(options: FetchInputOptions): Promise<{ size: number; contentType: string }> {
  const maxBytes = options.maxBytes ?? env.INGEST_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? env.INGEST_TIMEOUT_SECONDS * 1000;
  const input: OpenedInput = options.url.startsWith("s3://")
    ? await openS3Input(options.url, options.s3)
    : await openHttpInput(options.url, { ...options, timeoutMs });

  if (input.size !== null && input.size > maxBytes) {
    input.body.destroy();
    throw new AppError({ code: "payload_too_large", message: `input is larger than the ${formatByteSize(maxBytes)} limit` });
  }
  const limit = limitStreamBytes(maxBytes);
  const [piped, stored] = await Promise.allSettled([
    pipeline(input.body, limit),
    getStorage().put(options.key, limit, { contentType: input.contentType }),
  ]);
  const failures = [piped, stored].flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  if (failures.length) {
    input.body.destroy();
    // The size cap or the guard speaks more clearly than the storage's "premature close".
    throw toIngestError(failures.find((f) => f instanceof AppError) ?? failures[0]);
  }
  const size = limit.bytes();
  if (input.size !== null && size !== input.size) {
    await getStorage().delete(options.key);
    throw new AppError({ code: "invalid_parameters", message: `input ended after ${size} of ${input.size} bytes` });
  }
  return { size, contentType: input.contentType };
}

function toIngestError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  return new AppError({ code: "invalid_parameters", message: `the input transfer failed${code ? ` (${code})` : ""}`, cause: error });
}
