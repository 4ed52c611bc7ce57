import { errorCodes, type ErrorCode } from "@/server/errors";
import type { ApiOperation } from "./api-operation";
import type { JsonSchema } from "./to-json-schema";

const descriptions: Record<ErrorCode, string> = {
  invalid_parameters: "Invalid request: a body or query that does not match the schema (unknown fields are named), or JSON that does not parse.",
  unauthorized: "Missing or wrong credentials (HTTP Basic: access token id and secret).",
  forbidden: "The access token lacks the permission this operation needs.",
  not_found: "No such object in the token's workspace.",
  conflict: "The object is in a state that refuses this, or an Idempotency-Key was reused with another body or is still in flight.",
  not_ready: "The object is not ready for this yet.",
  payload_too_large: "The request body is over the size limit.",
  rate_limited: "Too many requests for this access token; retry after Retry-After seconds.",
  internal: "Unexpected server error.",
  unavailable: "A dependency is unavailable.",
};

/** `{ "error": { "type", "messages" } }`, the one error shape of the API. */
export const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["type", "messages"],
      properties: { type: { type: "string", enum: Object.keys(errorCodes) }, messages: { type: "array", items: { type: "string" } } },
    },
  },
};

/** The errors an operation can answer: by what it is (authenticated, has a body, names an object) plus its own. */
export function errorCodesFor(op: ApiOperation): ErrorCode[] {
  const codes = new Set<ErrorCode>(op.errors ?? []);
  if (op.permission !== "public") for (const c of ["unauthorized", "forbidden", "rate_limited"] as const) codes.add(c);
  if (op.body || op.query) codes.add("invalid_parameters");
  if (op.body) codes.add("payload_too_large");
  if (op.path.includes("{")) codes.add("not_found");
  // Idempotency-Key on an authenticated POST: another body with the same key, or the first still running.
  if (op.method === "POST" && op.permission !== "public") codes.add("conflict");
  return [...codes].sort((a, b) => errorCodes[a].status - errorCodes[b].status);
}

/** components.responses: one per error code, named after it. */
export function errorResponseComponents(): Record<string, JsonSchema> {
  return Object.fromEntries(
    (Object.keys(errorCodes) as ErrorCode[]).map((code) => [
      code,
      {
        description: descriptions[code],
        ...(code === "rate_limited" ? { headers: { "Retry-After": { description: "Seconds until the window resets.", schema: { type: "integer" } } } } : {}),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example: { error: { type: code, messages: [descriptions[code].split(":")[0]!] } } } },
      },
    ]),
  );
}
