/**
 * The one error type the domain throws, and the one table that maps its codes to HTTP statuses,
 * Mux-style error types and tRPC codes. Anything that is not an AppError is logged with its cause
 * and reaches clients as a generic message.
 */
export const errorCodes = {
  invalid_parameters: { status: 400, trpc: "BAD_REQUEST" },
  unauthorized: { status: 401, trpc: "UNAUTHORIZED" },
  forbidden: { status: 403, trpc: "FORBIDDEN" },
  not_found: { status: 404, trpc: "NOT_FOUND" },
  conflict: { status: 409, trpc: "CONFLICT" },
  /** The resource exists but cannot serve this yet (an asset still preparing), as Mux answers 412. */
  not_ready: { status: 412, trpc: "PRECONDITION_FAILED" },
  payload_too_large: { status: 413, trpc: "PAYLOAD_TOO_LARGE" },
  rate_limited: { status: 429, trpc: "TOO_MANY_REQUESTS" },
  internal: { status: 500, trpc: "INTERNAL_SERVER_ERROR" },
  unavailable: { status: 503, trpc: "SERVICE_UNAVAILABLE" },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: string[];
  /** Response headers that belong with this error over HTTP (Retry-After on a 429). */
  readonly headers: Record<string, string>;

  constructor(input: { code: ErrorCode; message: string; messages?: string[]; cause?: unknown; headers?: Record<string, string> }) {
    super(input.message, { cause: input.cause });
    this.name = "AppError";
    this.code = input.code;
    this.messages = input.messages ?? [input.message];
    this.headers = input.headers ?? {};
  }

  get status(): number {
    return errorCodes[this.code].status;
  }
}

export const notFound = (what: string) => new AppError({ code: "not_found", message: `${what} not found` });

/** Turns any thrown value into what a client may see; logs the ones that are not ours. */
export function toPublicError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  console.error("[keyframe] unexpected error", error);
  return new AppError({ code: "internal", message: "Internal server error" });
}
