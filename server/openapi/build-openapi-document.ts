import { errorCodes } from "@/server/errors";
import { apiTags, type ApiOperation } from "./api-operation";
import { errorCodesFor, errorResponseComponents, errorSchema } from "./error-responses";
import { apiOperations } from "./operations";
import { toJsonSchema, type JsonSchema } from "./to-json-schema";

export const requestSchemaName = (op: ApiOperation) => `${op.id[0]!.toUpperCase()}${op.id.slice(1)}Request`;

/** The request body schema as the document states it: the zod schema, plus the operation's bodyRule. */
export function requestBodySchema(op: ApiOperation): JsonSchema | undefined {
  if (!op.body) return undefined;
  return { ...toJsonSchema(op.body), ...op.bodyRule };
}

function parameters(op: ApiOperation): JsonSchema[] {
  const path = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  const query: JsonSchema[] = (op.queryNames ?? []).map((name) => ({ name, in: "query", schema: { type: "string" } }));
  if (op.query) {
    const json = toJsonSchema(op.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      // Arrays travel as repeated `name[]=…` parameters, as Mux's Data API takes them.
      query.push({ name: schema.type === "array" ? `${name}[]` : name, in: "query", required: json.required?.includes(name) ?? false, schema, ...(schema.type === "array" ? { style: "form", explode: true } : {}) });
    }
  }
  const idempotency = op.method === "POST" && op.permission !== "public"
    ? [{ name: "Idempotency-Key", in: "header", required: false, description: "Replays the first response to this key for 24 h.", schema: { type: "string", maxLength: 255 } }]
    : [];
  return [...path, ...query, ...idempotency];
}

function successResponse(op: ApiOperation): JsonSchema {
  const { status, description, example, envelope = "data" } = op.success;
  if (status === 204) return { description };
  const schema = envelope === "data" ? { type: "object", required: ["data"], properties: { data: { description } } } : { type: "object", description };
  const body = envelope === "data" && example !== undefined ? { data: example } : example;
  return { description, content: { "application/json": { schema, ...(body === undefined ? {} : { example: body }) } } };
}

function operationObject(op: ApiOperation): JsonSchema {
  const responses: Record<string, JsonSchema> = { [op.success.status]: successResponse(op) };
  for (const code of errorCodesFor(op)) responses[errorCodes[code].status] = { $ref: `#/components/responses/${code}` };
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [op.tag],
    security: op.permission === "public" ? [] : [{ accessToken: [] }],
    "x-keyframe-permission": op.permission,
    parameters: parameters(op),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${requestSchemaName(op)}` } } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the public API, from the operation registry and the routes' zod schemas. */
export function buildOpenApiDocument(input: { serverUrl?: string } = {}) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const schemas: Record<string, JsonSchema> = { Error: errorSchema };
  for (const op of apiOperations) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
    const body = requestBodySchema(op);
    if (body) schemas[requestSchemaName(op)] = body;
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Keyframe API",
      version: "1",
      description:
        "Mux-compatible video API. Successful responses are `{ \"data\": … }`; errors are `{ \"error\": { \"type\", \"messages\" } }`. " +
        "Every authenticated response carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset.",
    },
    servers: [{ url: input.serverUrl ?? "/" }],
    tags: apiTags.map((t) => ({ ...t })),
    paths,
    components: {
      securitySchemes: { accessToken: { type: "http", scheme: "basic", description: "Access token id as the user name, its secret as the password." } },
      schemas,
      responses: errorResponseComponents(),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
