import { readEmbedPlayerModule } from "@/server/playback/read-embed-player-module";

type Context = { params: Promise<{ file: string }> };

// GET /embed/player/{file} – the embed's prebuilt player module: content-hashed, immutable; .br and
// .gz are compressed at build time (next.config.ts adds their Content-Encoding)
export async function GET(_req: Request, { params }: Context) {
  const body = readEmbedPlayerModule((await params).file);
  if (!body) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  // no-transform: Next's own compression must leave the precompressed bytes alone.
  return new Response(new Uint8Array(body), { headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable, no-transform" } });
}
