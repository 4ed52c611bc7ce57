/**
 * One interface over object storage: local disk by default, any S3-compatible service with
 * STORAGE_DRIVER=s3. Keys are `/`-separated relative paths (see assertStorageKey); prefixes are
 * plain string prefixes, as in S3. Both drivers pass server/storage/storage-contract.test.ts.
 */
import type { Readable } from "node:stream";

export type StorageDriver = "local" | "s3";

export interface ListedObject {
  key: string;
  size: number;
  etag: string;
  lastModified: Date;
}

export interface StoredObject extends ListedObject {
  contentType: string;
}

/** Bytes to store: in memory, a stream, or a local file to copy. */
export type PutBody = Buffer | Uint8Array | string | Readable | { file: string };

/** Inclusive byte range, as in an HTTP Range header; `end` defaults to the last byte. */
export interface ByteRange {
  start: number;
  end?: number;
}

export interface StoredStream {
  body: Readable;
  /** Bytes in `body`. */
  size: number;
  /** Bytes in the whole object. */
  totalSize: number;
  contentType: string;
  etag: string;
  range: { start: number; end: number } | null;
}

export interface Storage {
  readonly driver: StorageDriver;
  put(key: string, body: PutBody, options?: { contentType?: string }): Promise<StoredObject>;
  /** Throws AppError not_found for a missing key, invalid_parameters for an unsatisfiable range. */
  get(key: string, options?: { range?: ByteRange }): Promise<StoredStream>;
  head(key: string): Promise<StoredObject | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Deletes every object whose key starts with `prefix` (which must not be empty); returns how many. */
  deletePrefix(prefix: string): Promise<number>;
  /** Every object whose key starts with `prefix`, sorted by key. */
  list(prefix: string): Promise<ListedObject[]>;
  /** Runs `fn` with a local path holding the object (S3 downloads a temporary copy, removed afterwards). */
  withLocalFile<T>(key: string, fn: (file: string) => Promise<T>): Promise<T>;
}
