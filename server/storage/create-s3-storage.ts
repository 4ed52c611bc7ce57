import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { AppError, notFound } from "@/server/errors";
import { assertStorageKey } from "./assert-storage-key";
import { guessContentType } from "./guess-content-type";
import type { ListedObject, Storage, StoredObject } from "./storage";

export interface S3StorageConfig {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (`endpoint/bucket/key`), which MinIO and Ceph usually need. */
  forcePathStyle?: boolean;
}

const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

/** Storage in an S3-compatible bucket (AWS, MinIO, Ceph, R2...). */
export function createS3Storage(config: S3StorageConfig): Storage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // Newer SDKs add CRC checksums by default, which several S3-compatible servers reject.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = config.bucket;

  const storage: Storage = {
    driver: "s3",
    async put(key, body, options = {}) {
      assertStorageKey(key);
      const ContentType = options.contentType ?? guessContentType(key);
      if (typeof body === "string" || body instanceof Uint8Array) {
        await client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType }));
      } else {
        // Multipart for streams and files: no length needed up front, no 5 GB single-PUT limit.
        const Body = body instanceof Readable ? body : fs.createReadStream(body.file);
        await new Upload({ client, params: { Bucket, Key: key, Body, ContentType }, partSize: 8 * 1024 * 1024, queueSize: 4 }).done();
      }
      const stored = await storage.head(key);
      if (!stored) throw new AppError({ code: "internal", message: `Object ${key} vanished right after upload` });
      return stored;
    },
    async get(key, options = {}) {
      assertStorageKey(key);
      const { range } = options;
      try {
        const res = await client.send(
          new GetObjectCommand({ Bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end ?? ""}` : undefined }),
        );
        const size = res.ContentLength ?? 0;
        const match = /bytes (\d+)-(\d+)\/(\d+)/.exec(res.ContentRange ?? "");
        return {
          body: res.Body as Readable,
          size,
          totalSize: match ? Number(match[3]) : size,
          contentType: res.ContentType ?? guessContentType(key),
          etag: res.ETag ?? "",
          range: match ? { start: Number(match[1]), end: Number(match[2]) } : null,
        };
      } catch (error) {
        if (statusOf(error) === 404) throw notFound("Object");
        if (statusOf(error) === 416) throw new AppError({ code: "invalid_parameters", message: "Requested range not satisfiable" });
        throw error;
      }
    },
    async head(key) {
      assertStorageKey(key);
      try {
        const res = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return {
          key,
          size: res.ContentLength ?? 0,
          etag: res.ETag ?? "",
          lastModified: res.LastModified ?? new Date(0),
          contentType: res.ContentType ?? guessContentType(key),
        } satisfies StoredObject;
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
    },
    async delete(key) {
      assertStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async deletePrefix(prefix) {
      if (!prefix) throw new AppError({ code: "invalid_parameters", message: "Refusing to delete with an empty prefix" });
      const objects = await storage.list(prefix);
      for (let i = 0; i < objects.length; i += 1000) {
        const batch = objects.slice(i, i + 1000).map((o) => ({ Key: o.key }));
        const res = await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch, Quiet: true } }));
        if (res.Errors?.length) throw new AppError({ code: "internal", message: `Could not delete ${res.Errors.length} objects under ${prefix}` });
      }
      return objects.length;
    },
    async list(prefix) {
      assertStorageKey(prefix, { prefix: true });
      const listed: ListedObject[] = [];
      let ContinuationToken: string | undefined;
      do {
        const res = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }));
        for (const o of res.Contents ?? []) {
          if (o.Key) listed.push({ key: o.Key, size: o.Size ?? 0, etag: o.ETag ?? "", lastModified: o.LastModified ?? new Date(0) });
        }
        ContinuationToken = res.IsTruncated ? res.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return listed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    async withLocalFile(key, fn) {
      const { body } = await storage.get(key);
      const dir = await fsp.mkdtemp(path.join(os.tmpdir(), "kf-s3-"));
      try {
        // Keep the file name: ffmpeg uses the extension as a format hint.
        const file = path.join(dir, path.basename(key));
        await pipeline(body, fs.createWriteStream(file));
        return await fn(file);
      } finally {
        await fsp.rm(dir, { recursive: true, force: true });
      }
    },
  };
  return storage;
}
