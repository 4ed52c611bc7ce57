import { AppError } from "@/server/errors";
import { readCappedText } from "./read-capped-text";

/**
 * A request's JSON body; a body that is not JSON is a 400 that says so (an empty body reads as {}),
 * one over API_MAX_BODY_BYTES a 413.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
  const text = await readCappedText(req);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError({ code: "invalid_parameters", message: `The request body is not valid JSON: ${(error as Error).message}` });
  }
}
