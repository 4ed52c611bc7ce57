import { AppError } from "@/server/errors";

/**
 * Refuses keys that could escape the storage root or mean different things on disk and in S3:
 * empty, absolute, backslashes, control characters, empty segments, and segments starting with "."
 * (which covers "." and ".." and keeps the local driver's ".partial" directory out of reach).
 * A prefix may be empty and may end with "/".
 */
export function assertStorageKey(key: string, options: { prefix?: boolean } = {}): void {
  const reject = (why: string) => {
    throw new AppError({ code: "invalid_parameters", message: `Invalid storage ${options.prefix ? "prefix" : "key"}: ${why}` });
  };
  if (key.length > 1024) reject("longer than 1024 characters");
  if (!key) {
    if (options.prefix) return;
    reject("empty");
  }
  if (key.startsWith("/")) reject("must be relative");
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(key)) reject("contains a backslash or control character");
  const segments = key.split("/");
  if (options.prefix && key.endsWith("/")) segments.pop();
  for (const segment of segments) {
    if (!segment) reject("contains an empty path segment");
    if (segment.startsWith(".")) reject(`segment "${segment}" starts with a dot`);
  }
}
