import { and, eq } from "drizzle-orm";
import { assetStorageKeys } from "@/server/assets/asset-storage-keys";
import { getMasterAccessExpiry } from "@/server/assets/get-master-access-expiry";
import { getDb } from "@/server/db/client";
import { assetRenditions } from "@/server/db/schema";
import { AppError, notFound } from "@/server/errors";
import { authorizeAnyPlayback } from "@/server/playback/authorize-playback";
import { cacheControl } from "./cache-policies";
import { notReadyError } from "./not-ready-error";
import { respondWithObject } from "./respond-with-object";
import { serveLivePlayback } from "./serve-live-playback";
import { serveRenditionPlaylist } from "./serve-rendition-playlist";

const renditionName = /^[A-Za-z0-9_-]{1,64}$/;
const segmentFile = /^[A-Za-z0-9_.-]{1,128}\.(m4s|mp4|m4a|ts|aac|vtt)$/;
const staticFile = /^([A-Za-z0-9_-]{1,64})\.(mp4|m4a)$/;
const segmentTypes: Record<string, string> = { m4s: "video/iso.segment", mp4: "video/mp4", m4a: "audio/mp4", ts: "video/mp2t", aac: "audio/aac", vtt: "text/vtt" };
const sourceTypes: Record<string, [string, string]> = { mp4: ["video/mp4", "mp4"], mov: ["video/quicktime", "mov"], webm: ["video/webm", "webm"], matroska: ["video/x-matroska", "mkv"] };

/**
 * Everything under /stream/{playbackId}/:
 *   {rendition}/index.m3u8            rendition playlist (JWT or playback session)
 *   {rendition}/{init.mp4|*.m4s}      init and media segments (JWT or playback session)
 *   {name}.mp4 / {name}.m4a           static renditions, byte ranges (JWT only)
 *   source                            the original file when master_access is "temporary" (JWT only)
 */
export async function serveStreamFile(req: Request, playbackId: string, path: string[]): Promise<Response> {
  const params = new URL(req.url).searchParams;
  const token = params.get("token");
  const session = params.get("session");
  // A live stream's files ({rendition}.m3u8, {rendition}/{part|segment|init}) come from its live origin.
  // Playback sessions open HLS children only; static files and the source need the JWT itself.
  const child = path.length === 2 || (path.length === 1 && path[0]!.endsWith(".m3u8"));
  const any = await authorizeAnyPlayback({ playbackId, audience: "v", token, session: child ? session : undefined, headers: req.headers });
  if (any.liveStream) return serveLivePlayback(req, { ...any, liveStream: any.liveStream }, path.join("/"), session);
  const grant = { ...any, asset: any.asset! };
  if (path.length === 2 && renditionName.test(path[0]!) && (path[1] === "index.m3u8" || segmentFile.test(path[1]!))) {
    const [rendition, file] = path as [string, string];
    if (file === "index.m3u8") return serveRenditionPlaylist(req, grant, rendition, session);
    const ext = file.slice(file.lastIndexOf(".") + 1);
    return respondWithObject(req, `${assetStorageKeys.hlsRendition(grant.asset.id, rendition)}${file}`, {
      cacheControl: cacheControl("segment", grant.signed),
      contentType: segmentTypes[ext],
    });
  }
  if (path.length !== 1) throw notFound("File");
  const { asset } = grant;

  if (path[0] === "source") {
    const masterAccess = (asset.settings as { master_access?: string }).master_access;
    if (masterAccess !== "temporary") throw new AppError({ code: "not_found", message: "Master access is not enabled for this asset" });
    if (asset.status !== "ready") throw notReadyError(asset);
    const expiry = getMasterAccessExpiry(asset);
    if (!expiry || expiry.getTime() <= Date.now()) throw new AppError({ code: "forbidden", message: "Master access has expired for this asset" });
    const container = String((asset.inputInfo as { container?: string } | null)?.container ?? "");
    const [type, ext] = sourceTypes[container] ?? ["application/octet-stream", "bin"];
    return respondWithObject(req, asset.sourceKey ?? assetStorageKeys.source(asset.id), {
      cacheControl: cacheControl("mp4", grant.signed),
      contentType: type,
      headers: { "Content-Disposition": `attachment; filename="${asset.id}-source.${ext}"` },
    });
  }

  const match = staticFile.exec(path[0]!);
  if (!match) throw notFound("File");
  const db = await getDb();
  const rendition = await db.query.assetRenditions.findFirst({
    where: and(eq(assetRenditions.assetId, asset.id), eq(assetRenditions.kind, "mp4"), eq(assetRenditions.name, match[1]!)),
  });
  // audio.m4a is not audio.mp4: the stored file's extension must match the one asked for.
  const storedExt = rendition?.storageKey?.endsWith(".m4a") ? "m4a" : "mp4";
  if (!rendition || rendition.status === "skipped" || rendition.status === "errored" || storedExt !== match[2]) throw notFound("Static rendition");
  if (rendition.status !== "ready") throw notReadyError({ status: "preparing" });
  return respondWithObject(req, rendition.storageKey ?? assetStorageKeys.mp4(asset.id, rendition.name), {
    cacheControl: cacheControl("mp4", grant.signed),
    contentType: match[2] === "m4a" ? "audio/mp4" : "video/mp4",
  });
}
