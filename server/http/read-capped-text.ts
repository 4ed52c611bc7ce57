import { env } from "@/server/env";
import { AppError } from "@/server/errors";

const tooLarge = () =>
  new AppError({ code: "payload_too_large", message: `The request body is larger than ${env.API_MAX_BODY_BYTES} bytes (API_MAX_BODY_BYTES)` });

/** Reads at most API_MAX_BODY_BYTES of a body as text; a longer one is a 413 without reading it all. */
export async function readCappedText(req: Request): Promise<string> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > env.API_MAX_BODY_BYTES) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > env.API_MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
