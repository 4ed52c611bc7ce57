import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAssetSchema } from "@/server/assets/schemas";
import { buildOpenApiDocument } from "./build-openapi-document";
import { validateJsonSchema } from "./testing/validate-json-schema";
import type { JsonSchema } from "./to-json-schema";

const doc = buildOpenApiDocument();
const methods = ["get", "post", "put", "patch", "delete"] as const;

/** Every `export … GET|POST|…` of every route.ts under the public API folders, as "METHOD /path/{param}". */
function routeOperations(): string[] {
  const out: string[] = [];
  for (const root of ["app/video/v1", "app/system/v1", "app/data/v1"]) {
    for (const file of readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "route.ts")) {
      const source = readFileSync(path.join(root, file), "utf8");
      const urlPath = `/${path.join(root, path.dirname(file)).replace(/^app\//, "").replace(/\[(\w+)\]/g, "{$1}")}`;
      // OPTIONS answers CORS preflights; it is not an API operation.
      for (const [, method] of source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) out.push(`${method} ${urlPath}`);
    }
  }
  return out.sort();
}

function resolvePointer(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), doc);
}

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) k === "$ref" ? out.push(v as string) : collectRefs(v, out);
  return out;
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with basic-auth security, the error shape and responses on every operation", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.accessToken).toMatchObject({ type: "http", scheme: "basic" });
    expect(doc.components.schemas.Error).toMatchObject({ required: ["error"] });
    const ops = Object.values(doc.paths).flatMap((item) => methods.filter((m) => item[m]).map((m) => item[m]!));
    expect(ops.length).toBeGreaterThan(30);
    for (const op of ops) {
      const statuses = Object.keys(op.responses as object);
      expect(statuses.some((s) => s.startsWith("2")), String(op.operationId)).toBe(true);
      if ((op.security as unknown[]).length) expect(statuses, String(op.operationId)).toEqual(expect.arrayContaining(["401", "403", "429"]));
      if (op.requestBody) expect(statuses, String(op.operationId)).toEqual(expect.arrayContaining(["400", "413"]));
    }
    expect(doc.paths["/video/v1/assets/{assetId}"]!.get!.responses).toMatchObject({ "404": { $ref: "#/components/responses/not_found" } });
    expect(doc.paths["/video/v1/uploads"]!.post!.responses).toMatchObject({ "409": { $ref: "#/components/responses/conflict" } });
  });

  it("resolves every $ref", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) expect(resolvePointer(ref), ref).toBeDefined();
  });

  it("has an entry for every exported method of every public API route file", () => {
    const documented = Object.entries(doc.paths).flatMap(([p, item]) => methods.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${p}`));
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !documented.includes(r)), "routes without a registry entry").toEqual([]);
    expect(documented.filter((d) => !routes.includes(d)), "registry entries without a route").toEqual([]);
  });

  it("states the create-asset body as createAssetSchema judges it", () => {
    const schema = doc.components.schemas.CreateAssetRequest as JsonSchema;
    const cases: unknown[] = [
      { input: "https://example.com/a.mp4", playback_policy: ["public"] },
      { inputs: [{ url: "https://example.com/a.mp4", start_time: 1, end_time: 3 }], video_quality: "basic" },
      { input: [{ url: "keyframe://assets/abc", overlay_settings: { width: "10%" } }], meta: { title: "Clip" } },
      {},
      { playback_policy: "public" },
      { input: "https://example.com/a.mp4", unknown_field: true },
      { input: [] },
      { input: "https://example.com/a.mp4", video_quality: "ultra" },
      { input: [{ url: "u", end_time: 0 }] },
      { input: "u", passthrough: "x".repeat(256) },
    ];
    const verdicts = cases.map((body) => ({ body, zod: createAssetSchema.safeParse(body).success, document: validateJsonSchema(schema, body) }));
    expect(verdicts.filter((v) => v.zod).length).toBe(3);
    for (const v of verdicts) expect(v.document, JSON.stringify(v.body)).toBe(v.zod);
  });
});
