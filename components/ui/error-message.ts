/**
 * What a user should read for a failed call: tRPC input errors arrive as a JSON list of zod
 * issues, so show the first issue's message; everything else already carries a public message.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return "Something went wrong";
  try {
    const issues: unknown = JSON.parse(error.message);
    const first: unknown = Array.isArray(issues) ? issues[0] : null;
    if (first && typeof first === "object" && "message" in first && typeof first.message === "string") return first.message;
  } catch {
    // Not JSON: a plain message.
  }
  return error.message || "Something went wrong";
}
