import { checkHealth } from "@/server/health/check-health";

export const dynamic = "force-dynamic";

// GET /api/health – platform health
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
