import { ZodError } from "zod";
import { AppError, toPublicError } from "@/server/errors";
import { corsHeaders } from "./delivery-headers";

/** Delivery errors: Mux-shaped JSON, CORS so players can read them, never cached. */
export function deliveryErrorResponse(error: unknown, extraHeaders: Record<string, string> = {}): Response {
  const appError =
    error instanceof ZodError
      ? new AppError({ code: "invalid_parameters", message: "Invalid parameters", messages: error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)) })
      : toPublicError(error);
  return Response.json(
    { error: { type: appError.code, messages: appError.messages } },
    { status: appError.status, headers: { ...corsHeaders, "Cache-Control": "no-store", ...extraHeaders } },
  );
}
