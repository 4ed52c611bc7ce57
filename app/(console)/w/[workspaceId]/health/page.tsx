import type { Metadata } from "next";
import { PageHeader } from "@/components/console/page-header";
import { AutoRefresh } from "@/components/health/auto-refresh";
import { HealthPanel } from "@/components/health/health-panel";
import { TimeAgo } from "@/components/ui/time-ago";
import { checkHealth } from "@/server/health/check-health";
import { requireOperator } from "../../../require-operator";

export const metadata: Metadata = { title: "Health" };

const refreshSeconds = 5;

// GET /w/:workspaceId/health – each part of the platform, re-checked every few seconds (operators)
export default async function HealthPage() {
  await requireOperator();
  const report = await checkHealth();
  return (
    <>
      <PageHeader
        title="Health"
        description={
          <>
            The same checks as <code className="font-mono text-xs">GET /api/health</code>, every {refreshSeconds} s. Last checked <TimeAgo date={new Date()} />.
          </>
        }
      />
      <HealthPanel report={report} />
      <AutoRefresh seconds={refreshSeconds} />
    </>
  );
}
