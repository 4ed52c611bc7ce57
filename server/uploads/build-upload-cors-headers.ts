/** Every header a browser upload client (upchunk, tus-js-client) sends or must read. */
const allowHeaders = "Content-Type, Content-Range, Content-Length, Upload-Offset, Upload-Length, Upload-Metadata, Tus-Resumable, X-Requested-With, X-HTTP-Method-Override";
const exposeHeaders = "Range, Location, Upload-Offset, Upload-Length, Tus-Resumable, Tus-Version, Tus-Extension, Tus-Max-Size";

/**
 * CORS for the upload URL, honouring the upload's cors_origin ("*" allows any origin). A request
 * from another origin gets no Access-Control-Allow-Origin, so the browser refuses to send it.
 */
export function buildUploadCorsHeaders(origin: string | null, corsOrigin: string | null | undefined): Record<string, string> {
  if (!origin || !corsOrigin) return {};
  const allowed = corsOrigin === "*" || corsOrigin.replace(/\/$/, "").toLowerCase() === origin.toLowerCase();
  if (!allowed) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Methods": "PUT, POST, PATCH, HEAD, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": allowHeaders,
    "Access-Control-Expose-Headers": exposeHeaders,
    "Access-Control-Max-Age": "86400",
    Vary: "Origin",
  };
}
