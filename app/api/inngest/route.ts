import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

// GET/POST/PUT /api/inngest – the Inngest serve endpoint (runs, sync, introspection), driven by a
// real Inngest server or by the embedded runtime (server/workflows), which signs its requests.
export const { GET, POST, PUT } = serve({ client: inngest, functions: [...functions] });
