import { z } from "zod";
import { AppError } from "@/server/errors";
import { parseUploadthingToken } from "./parse-uploadthing-token";
import type { UploadthingAdapter } from "./uploadthing-adapter";

const prepareResponse = z.object({ key: z.string().min(1), url: z.string().url() });

/** The adapter over uploadthing's REST API (v7 prepareUpload: a presigned ingest URL per file). */
export function createUploadthingAdapter(config: { token: string; apiUrl?: string; fileHost?: (appId: string) => string }): UploadthingAdapter {
  const { apiKey, appId } = parseUploadthingToken(config.token);
  const apiUrl = (config.apiUrl ?? "https://api.uploadthing.com").replace(/\/$/, "");
  const fileHost = config.fileHost ?? ((id: string) => `https://${id}.ufs.sh`);
  return {
    async prepareUpload(file) {
      const res = await fetch(`${apiUrl}/v7/prepareUpload`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-uploadthing-api-key": apiKey },
        body: JSON.stringify({ fileName: file.name, fileSize: file.size, fileType: file.type || "application/octet-stream", contentDisposition: "inline", acl: "public-read" }),
      }).catch((error: unknown) => {
        throw new AppError({ code: "unavailable", message: "uploadthing could not be reached", cause: error });
      });
      if (!res.ok) throw new AppError({ code: "unavailable", message: `uploadthing refused the upload (HTTP ${res.status})` });
      const body = prepareResponse.parse(await res.json());
      return { key: body.key, uploadUrl: body.url, fileUrl: `${fileHost(appId)}/f/${body.key}` };
    },
  };
}
