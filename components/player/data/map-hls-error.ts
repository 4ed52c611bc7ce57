/** The part of an hls.js ERROR payload the tracker reads (hls.js types stay out of the wire format). */
export interface HlsErrorLike {
  fatal: boolean;
  type: string;
  details: string;
  response?: { code?: number; text?: string };
  error?: Error;
}

/**
 * error_code for a fatal hls.js error: its `details` (e.g. `manifestLoadError`, `fragParsingError`),
 * with the HTTP status when a load failed, so dashboards can tell a 403 from a 500.
 */
export function mapHlsError(data: HlsErrorLike): { code: string; message: string } {
  const status = data.response?.code;
  const code = status ? `${data.details}:${status}` : data.details;
  const message = [data.type, data.details, status ? `HTTP ${status}` : "", data.error?.message ?? ""].filter(Boolean).join(" – ");
  return { code, message };
}

const mediaErrorNames: Record<number, string> = { 1: "MEDIA_ERR_ABORTED", 2: "MEDIA_ERR_NETWORK", 3: "MEDIA_ERR_DECODE", 4: "MEDIA_ERR_SRC_NOT_SUPPORTED" };

/** error_code for a native `<video>` MediaError (Safari's HLS, or MSE decode errors). */
export function mapMediaError(error: { code: number; message?: string } | null): { code: string; message: string } {
  const code = error ? (mediaErrorNames[error.code] ?? `MEDIA_ERR_${error.code}`) : "MEDIA_ERR_UNKNOWN";
  return { code, message: error?.message || code };
}
