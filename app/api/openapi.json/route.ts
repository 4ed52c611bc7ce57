import { buildOpenApiDocument } from "@/server/openapi/build-openapi-document";

// GET /api/openapi.json – the public API's OpenAPI 3.1 document (public: it describes the API, holds no data)
export function GET(req: Request): Response {
  const document = buildOpenApiDocument({ serverUrl: new URL(req.url).origin });
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
