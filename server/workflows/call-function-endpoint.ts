import type { WorkflowError, WorkflowEventPayload } from "@/server/db/schema";
import { canonicalizeJson } from "./canonicalize-json";
import { signRequestBody } from "./sign-request-body";

/** One operation in a 206 response, as the SDK's execution engine reports it. */
export interface SdkOp {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  data?: unknown;
  error?: unknown;
  opts?: Record<string, unknown>;
  userland?: { id: string; index?: number };
}

export type SdkResponse =
  | { kind: "complete"; output: unknown; version: number | undefined }
  | { kind: "ops"; ops: SdkOp[]; noRetry: boolean | undefined; retryAfter: string | undefined; version: number | undefined }
  | { kind: "error"; error: WorkflowError; noRetry: boolean; retryAfter: string | undefined; status: number };

export interface FunctionRequest {
  url: string;
  /** "step" asks the SDK to discover (and maybe run) the next step; a hash runs that planned step. */
  stepId: string;
  runId: string;
  event: WorkflowEventPayload;
  steps: Record<string, { type: "data"; data: unknown } | { type: "error"; error: WorkflowError }>;
  stack: string[];
  attempt: number;
  maxAttempts: number;
  disableImmediateExecution: boolean;
  version: number | undefined;
  signingKey: string | undefined;
  signal?: AbortSignal;
}

export function toWorkflowError(value: unknown, fallback = "Unknown error"): WorkflowError {
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    const message = typeof v.message === "string" ? v.message : typeof v.error === "string" ? v.error : fallback;
    return { name: typeof v.name === "string" ? v.name : "Error", message, ...(typeof v.stack === "string" ? { stack: v.stack } : {}) };
  }
  return { name: "Error", message: typeof value === "string" && value ? value : fallback };
}

/**
 * One request of Inngest's async execution protocol: POST `<url>?fnId=…&stepId=…` with the event,
 * memoized step state and ctx, signed like Inngest signs it. No `ctx.fn_id` is sent, so the SDK stays
 * in plain async mode (no checkpointing API calls back to the server). Network failures come back
 * as retriable errors.
 */
export async function callFunctionEndpoint(req: FunctionRequest): Promise<SdkResponse> {
  const url = new URL(req.url);
  url.searchParams.set("stepId", req.stepId);
  const body = canonicalizeJson({
    event: req.event,
    events: [req.event],
    steps: req.steps,
    version: req.version ?? -1,
    ctx: {
      run_id: req.runId,
      attempt: req.attempt,
      max_attempts: req.maxAttempts,
      disable_immediate_execution: req.disableImmediateExecution,
      use_api: false,
      stack: { stack: req.stack, current: Math.max(0, req.stack.length - 1) },
    },
  });
  const headers: Record<string, string> = { "content-type": "application/json", "x-inngest-server-kind": "cloud" };
  if (req.signingKey) headers["x-inngest-signature"] = signRequestBody(body, req.signingKey);
  if (req.version !== undefined) headers["x-inngest-req-version"] = String(req.version);

  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { method: "POST", headers, body, signal: req.signal });
    text = await res.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "error", error: { name: "NetworkError", message: `Could not reach ${url.origin}: ${message}` }, noRetry: false, retryAfter: undefined, status: 0 };
  }
  const versionHeader = Number(res.headers.get("x-inngest-req-version"));
  const version = Number.isInteger(versionHeader) && versionHeader > 0 ? versionHeader : undefined;
  const noRetryHeader = res.headers.get("x-inngest-no-retry");
  const retryAfter = res.headers.get("retry-after") ?? undefined;
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  if (res.status === 206 && Array.isArray(parsed)) {
    return { kind: "ops", ops: parsed as SdkOp[], noRetry: noRetryHeader === null ? undefined : noRetryHeader === "true", retryAfter, version };
  }
  if (res.status === 200) return { kind: "complete", output: parsed, version };
  const error = toWorkflowError(parsed, `The app answered HTTP ${res.status}`);
  return { kind: "error", error, noRetry: noRetryHeader === "true", retryAfter, status: res.status };
}
