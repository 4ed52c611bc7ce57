import type { JsonSchema } from "../to-json-schema";

// Keywords that constrain nothing, and the ones checked below; any other keyword throws, so a schema
// this small checker cannot judge fails the test instead of passing it silently.
const annotations = new Set(["description", "default", "title", "examples", "format", "pattern"]);
const checked = new Set(["type", "properties", "required", "additionalProperties", "enum", "const", "anyOf", "items", "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * Test-only JSON Schema 2020-12 checker for the keywords zod emits for our request schemas. It
 * judges the published document independently of zod (zod's own fromJSONSchema drops
 * additionalProperties and anyOf-of-required, so it cannot be the referee).
 */
export function validateJsonSchema(schema: JsonSchema, value: unknown): boolean {
  for (const key of Object.keys(schema)) if (!annotations.has(key) && !checked.has(key)) throw new Error(`unsupported keyword ${key}`);
  const s = schema as Record<string, never>;
  const type = typeOf(value);
  if (s.type && !(s.type === type || (s.type === "number" && type === "integer"))) return false;
  if (s.enum && !(s.enum as unknown[]).includes(value)) return false;
  if ("const" in s && s.const !== value) return false;
  if (s.anyOf && !(s.anyOf as JsonSchema[]).some((sub) => validateJsonSchema(sub, value))) return false;
  if (type === "string") {
    const str = value as string;
    if (s.minLength !== undefined && str.length < s.minLength) return false;
    if (s.maxLength !== undefined && str.length > s.maxLength) return false;
  }
  if (type === "number" || type === "integer") {
    const n = value as number;
    if ((s.minimum !== undefined && n < s.minimum) || (s.maximum !== undefined && n > s.maximum)) return false;
    if ((s.exclusiveMinimum !== undefined && n <= s.exclusiveMinimum) || (s.exclusiveMaximum !== undefined && n >= s.exclusiveMaximum)) return false;
  }
  if (type === "array") {
    const items = value as unknown[];
    if ((s.minItems !== undefined && items.length < s.minItems) || (s.maxItems !== undefined && items.length > s.maxItems)) return false;
    const itemSchema = s.items as JsonSchema | undefined;
    if (itemSchema && !items.every((item) => validateJsonSchema(itemSchema, item))) return false;
  }
  if (type === "object") {
    const obj = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    if (s.required && !(s.required as string[]).every((k) => k in obj)) return false;
    for (const [key, v] of Object.entries(obj)) {
      if (properties[key]) {
        if (!validateJsonSchema(properties[key], v)) return false;
      } else if (s.additionalProperties === false) return false;
    }
  }
  return true;
}
