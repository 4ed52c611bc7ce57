import { AppError } from "@/server/errors";

/** A request's JSON body; a body that is not JSON is a 400 that says so (an empty body reads as {}). */
export async function readJsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError({ code: "invalid_parameters", message: `The request body is not valid JSON: ${(error as Error).message}` });
  }
}
