import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * A request schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), the side a client sends
 * (`io: "input"`: fields with defaults are optional). Transforms and refinements have no JSON
 * Schema form; an operation states such a rule in its bodyRule.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
  return json;
}
