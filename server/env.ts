/**
 * The only place that reads process.env. Every variable is validated here at start-up; a bad value
 * fails fast with a message naming the variable. `.env.example` documents each one; keep the two
 * in step (server/env.test.ts checks that every key below appears there).
 */
import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url().optional());

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public base URL of the web app (links, webhooks, next-auth). */
  KEYFRAME_URL: optionalUrl,
  DATA_DIR: z.string().default(".data"),
  /** PostgreSQL connection string. Unset: the embedded PGlite under DATA_DIR is used. */
  DATABASE_URL: optionalUrl,
  /** Port of the embedded PGlite host (only when DATABASE_URL is unset). 0 picks a free one. */
  PGLITE_PORT: z.coerce.number().int().min(0).max(65535).default(0),

  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z.string().default("us-east-1"),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool,

  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: optionalUrl,
  KEYFRAME_ADMIN_EMAIL: z.email().optional(),
  KEYFRAME_ADMIN_PASSWORD: z.string().min(8).optional(),

  /** A real Inngest server (self-hosted or Cloud). Unset: the embedded workflow runtime. */
  INNGEST_BASE_URL: optionalUrl,
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_DEV: bool,
  /** Port of the embedded workflow runtime's event API. */
  WORKFLOW_PORT: z.coerce.number().int().min(1).max(65535).default(8288),
  /** Where the workflow runtime reaches the app's Inngest endpoint. */
  WORKFLOW_APP_URL: optionalUrl,
  /** Interface the workflow runtime's event API binds to. */
  WORKFLOW_HOST: z.string().default("127.0.0.1"),
  /** Most requests one runtime process has in flight to the app at once. */
  WORKFLOW_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** How often the runtime polls for due runs and crons (it also wakes on local events). */
  WORKFLOW_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** How long a claimed run stays owned without renewal; a killed runtime's runs are reclaimed after it. */
  WORKFLOW_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(30_000),
  /** First retry delay; later retries double it, plus up to 25% jitter. */
  WORKFLOW_RETRY_BASE_MS: z.coerce.number().int().min(0).max(3_600_000).default(2_000),

  FFMPEG_PATH: z.string().default("ffmpeg"),
  FFPROBE_PATH: z.string().default("ffprobe"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** How long a claimed media job stays a worker's without renewal; a killed worker's jobs are reclaimed after it. */
  WORKER_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  /** How often an idle worker looks for media jobs (on PostgreSQL, NOTIFY also wakes it at once). */
  WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(300),

  /** Public base URL that serves /stream/… (a CDN in front of the app). Unset: same origin. */
  STREAM_BASE_URL: optionalUrl,
  /** Public base URL that serves /image/… (a CDN in front of the app). Unset: same origin. */
  IMAGE_BASE_URL: optionalUrl,
  /** Signs signed-playback session tokens. Unset: derived from NEXTAUTH_SECRET. */
  PLAYBACK_SESSION_SECRET: z.string().min(16).optional(),
  /** How long an image request waits for a worker to render it before answering 503. */
  IMAGE_RENDER_WAIT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),

  /** Let URL ingest fetch loopback, link-local and private addresses (off: SSRF guard). */
  INGEST_ALLOW_PRIVATE_URLS: bool,
  /** Largest input accepted from a URL or a direct upload, in bytes (default 20 GiB). */
  INGEST_MAX_BYTES: z.coerce.number().int().min(1).default(20 * 1024 ** 3),
  /** How long a URL ingest waits for a connection, the response headers, or the next bytes. */
  INGEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** uploadthing API token; set, the console upload page can send files through uploadthing. */
  UPLOADTHING_TOKEN: z.string().optional(),

  /** Largest JSON body the public API accepts, in bytes (larger: 413). Upload URLs are not affected. */
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  /** Requests one access token may make per API_RATE_LIMIT_WINDOW_SECONDS (then 429 with Retry-After). */
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Let webhook endpoints target loopback, link-local and private addresses (off: SSRF guard). */
  WEBHOOK_ALLOW_PRIVATE_URLS: bool,
  /** How long one webhook delivery attempt waits for the receiver's response. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Delay before the first webhook retry; each later retry doubles it, up to WEBHOOK_RETRY_MAX_DELAY_MS. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(86_400_000).default(60_000),
  WEBHOOK_RETRY_MAX_DELAY_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  /** A webhook delivery is retried until this long after its first attempt (Mux: about 24 hours). */
  WEBHOOK_RETRY_WINDOW_MS: z.coerce.number().int().min(0).max(7 * 86_400_000).default(86_400_000),
  /** An endpoint is disabled after at least this many consecutive failed attempts… */
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(100_000).default(20),
  /** …spread over at least this long (no success in between). */
  WEBHOOK_DISABLE_AFTER_MS: z.coerce.number().int().min(0).max(30 * 86_400_000).default(86_400_000),
  /** A delivery waiting for an earlier event of the same object re-checks at least this often. */
  WEBHOOK_ORDER_RECHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),

  /** Run the live ingest servers (RTMP, SRT) and the live origin in the worker process. */
  LIVE_INGEST_ENABLED: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => v === undefined || v === "" || v === "true" || v === "1"),
  /** Interface the ingest servers and the live origin bind to. */
  LIVE_INGEST_HOST: z.string().default("0.0.0.0"),
  /** Host name publishers use in ingest URLs (rtmp://HOST/live). Default: KEYFRAME_URL's host. */
  LIVE_PUBLIC_HOST: z.string().optional(),
  LIVE_RTMP_PORT: z.coerce.number().int().min(1).max(65535).default(1935),
  /** RTMPS (RTMP over TLS) runs when both files are set. */
  LIVE_RTMPS_PORT: z.coerce.number().int().min(1).max(65535).default(1936),
  LIVE_RTMPS_CERT_FILE: z.string().optional(),
  LIVE_RTMPS_KEY_FILE: z.string().optional(),
  /** UDP port of the SRT listener (the stream key travels in `streamid`). */
  LIVE_SRT_PORT: z.coerce.number().int().min(1).max(65535).default(6001),
  /** HTTP port of the worker's live origin, which the web app proxies live playlists and parts to. */
  LIVE_ORIGIN_PORT: z.coerce.number().int().min(1).max(65535).default(8380),
  /** URL the web app reaches this worker's live origin at. Default: http://127.0.0.1:LIVE_ORIGIN_PORT. */
  LIVE_ORIGIN_URL: optionalUrl,
  /** Longest rewind window (DVR) a live playlist keeps, in seconds; max_continuous_duration caps it too. */
  LIVE_DVR_WINDOW_SECONDS: z.coerce.number().int().min(10).max(43_200).default(7_200),
  /** Most renditions in a live ladder, the source included. */
  LIVE_MAX_RENDITIONS: z.coerce.number().int().min(1).max(6).default(3),

  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.STORAGE_DRIVER === "s3" && !env.S3_BUCKET) {
    throw new Error("Invalid environment variables:\n  S3_BUCKET: required when STORAGE_DRIVER=s3");
  }
  return env;
}

export const env = parseEnv(process.env);

export const dataDir = path.resolve(env.DATA_DIR);
export const appUrl = env.KEYFRAME_URL ?? `http://localhost:${env.PORT}`;
