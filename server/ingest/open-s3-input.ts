import type { Readable } from "node:stream";
import { GetObjectCommand, S3Client, S3ServiceException, type S3ClientConfig } from "@aws-sdk/client-s3";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import type { OpenedInput } from "./open-http-input";

/** The configured S3 credentials (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE). */
export const s3ConfigFromEnv = (): S3ClientConfig => ({
  region: env.S3_REGION,
  endpoint: env.S3_ENDPOINT,
  forcePathStyle: env.S3_FORCE_PATH_STYLE,
  credentials:
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
});

/** Reads `s3://bucket/key` with the configured S3 credentials (any bucket those keys can read). */
export async function openS3Input(url: string, config: S3ClientConfig = s3ConfigFromEnv()): Promise<OpenedInput> {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(url);
  if (!match) throw new AppError({ code: "invalid_parameters", message: `"${url}" is not an S3 URL of the form s3://bucket/key` });
  const [, Bucket, rawKey] = match as unknown as [string, string, string];
  const Key = decodeURIComponent(rawKey);
  const client = new S3Client(config);
  try {
    const res = await client.send(new GetObjectCommand({ Bucket, Key }));
    const body = res.Body as Readable;
    body.once("close", () => client.destroy());
    return { body, size: res.ContentLength ?? null, contentType: res.ContentType ?? "application/octet-stream" };
  } catch (error) {
    client.destroy();
    const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
    if (status === 404) throw new AppError({ code: "invalid_parameters", message: `input ${url} does not exist`, cause: error });
    if (status === 403) throw new AppError({ code: "invalid_parameters", message: `the configured S3 credentials may not read ${url}`, cause: error });
    throw new AppError({ code: "invalid_parameters", message: `could not read ${url} from S3${status ? ` (HTTP ${status})` : ""}`, cause: error });
  }
}
