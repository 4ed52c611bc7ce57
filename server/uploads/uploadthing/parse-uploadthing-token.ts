import { z } from "zod";
import { AppError } from "@/server/errors";

const tokenSchema = z.object({ apiKey: z.string().min(1), appId: z.string().min(1), regions: z.array(z.string()).default([]) });

/** UPLOADTHING_TOKEN is base64 JSON { apiKey, appId, regions } as uploadthing's dashboard hands it out. */
export function parseUploadthingToken(token: string): z.infer<typeof tokenSchema> {
  try {
    return tokenSchema.parse(JSON.parse(Buffer.from(token, "base64").toString("utf8")));
  } catch (error) {
    throw new AppError({ code: "internal", message: "UPLOADTHING_TOKEN is not a valid uploadthing token (base64 JSON with apiKey and appId)", cause: error });
  }
}
