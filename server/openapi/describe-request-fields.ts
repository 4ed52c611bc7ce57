import type { JsonSchema } from "./to-json-schema";

export type FieldRow = { name: string; type: string; required: boolean; description: string };

function typeLabel(s: JsonSchema): string {
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(s.anyOf)) return (s.anyOf as JsonSchema[]).map(typeLabel).join(" | ");
  if (s.type === "array") return `${typeLabel((s.items ?? {}) as JsonSchema)}[]`;
  return typeof s.type === "string" ? s.type : "any";
}

function constraints(s: JsonSchema): string {
  const parts: string[] = [];
  if (typeof s.description === "string") parts.push(s.description);
  const limits: Array<[string, string]> = [["minLength", "min length"], ["maxLength", "max length"], ["minimum", "≥"], ["exclusiveMinimum", ">"], ["maximum", "≤"], ["minItems", "min items"], ["maxItems", "max items"]];
  for (const [key, label] of limits) if (s[key] !== undefined) parts.push(`${label} ${String(s[key])}`);
  if (s.default !== undefined) parts.push(`default ${JSON.stringify(s.default)}`);
  return parts.join("; ");
}

/** The object schemas a field can hold (itself, its array items, its anyOf branches), to list their fields too. */
function objectBranches(s: JsonSchema, name: string): Array<[JsonSchema, string]> {
  if (s.type === "object" && s.properties) return [[s, name]];
  if (s.type === "array" && s.items) return objectBranches(s.items as JsonSchema, `${name}[]`);
  if (Array.isArray(s.anyOf)) return (s.anyOf as JsonSchema[]).flatMap((b) => objectBranches(b, name));
  return [];
}

/**
 * A request schema (JSON Schema from the routes' zod schemas) as rows for a field table: nested
 * objects flattened to `meta.title`, array items to `input[].url`; constraints as the description.
 */
export function describeRequestFields(schema: JsonSchema, prefix = ""): FieldRow[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const row = { name, type: typeLabel(field), required: required.has(key), description: constraints(field) };
    return [row, ...objectBranches(field, name).flatMap(([branch, at]) => describeRequestFields(branch, `${at}.`))];
  });
}
