/**
 * The shape of one entry in the OpenAPI operation registry (server/openapi/operations). Request
 * schemas are the zod schemas the route handlers parse with, imported, never copied; responses
 * have no zod schema (serializers build them), so an entry gives a description and an example.
 */
import type { z } from "zod";
import type { TokenPermission } from "@/server/auth/schemas";
import type { ErrorCode } from "@/server/errors";

export const apiTags = [
  { name: "Assets", description: "Video assets: create from URLs, list, update, delete, playback IDs, static renditions." },
  { name: "Live streams", description: "Live streams: stream keys for RTMP(S)/SRT publishers, LL-HLS playback IDs, recordings, simulcast targets." },
  { name: "Direct uploads", description: "Upload URLs a browser PUTs a file to (whole, chunked as @mux/upchunk does, or tus)." },
  { name: "Playback IDs", description: "What a playback ID points at." },
  { name: "Playback restrictions", description: "Referrer and user-agent rules for playback." },
  { name: "Signing keys", description: "RS256 keys that sign playback tokens for signed playback IDs." },
  { name: "Webhook endpoints", description: "Where signed events are delivered, and the delivery log (a Keyframe extension)." },
  { name: "System", description: "The access token itself." },
  { name: "Video Data", description: "Viewer experience metrics, views, dimensions and real-time viewers." },
] as const;

export type ApiTag = (typeof apiTags)[number]["name"];
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ApiOperation = {
  /** operationId; also names the request component (`CreateAsset` → `CreateAssetRequest`). */
  id: string;
  method: HttpMethod;
  /** As the route's folder spells it, with `[param]` written `{param}`. */
  path: string;
  tag: ApiTag;
  summary: string;
  /** The token permission apiRoute checks; null: any valid token; "public": no authentication. */
  permission: TokenPermission | null | "public";
  /** The JSON body schema the handler parses with. */
  body?: z.ZodType;
  /** A rule the body schema enforces with a refinement JSON Schema cannot see, stated once here. */
  bodyRule?: Record<string, unknown>;
  /** The query-string schema the handler parses with. */
  query?: z.ZodType;
  /** Query parameters read without a schema (plain strings). */
  queryNames?: readonly string[];
  success: { status: 200 | 201 | 202 | 204; description: string; example?: unknown; envelope?: "data" | "bare" };
  /** Errors beyond the ones every operation of its kind can answer (see errorStatusesFor). */
  errors?: readonly ErrorCode[];
};
