/** CORS for players on any origin: no credentials are involved, so `*` is safe. */
export const corsHeaders: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Range, If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers": "Content-Length, Content-Range, Accept-Ranges, ETag, Cache-Control, Retry-After",
  "Access-Control-Max-Age": "86400",
};

/** The answer to a CORS preflight on /stream and /image. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
