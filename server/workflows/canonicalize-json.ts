/**
 * RFC 8785 (JCS) serialization: object keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as JSON.stringify writes them. The SDK verifies signatures over this form of the body.
 */
export function canonicalizeJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    return text === undefined ? "null" : text;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return canonicalizeJson((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalizeJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== "function")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalizeJson(v)}`).join(",")}}`;
}
