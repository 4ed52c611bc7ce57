import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = { ready: "success", preparing: "info", errored: "danger" };

export function AssetStatusBadge({ status, percent }: { status: string; percent?: number }) {
  return (
    <Badge tone={tones[status] ?? "neutral"} dot>
      {status === "preparing" && percent != null ? `Preparing ${Math.round(percent)}%` : status[0]!.toUpperCase() + status.slice(1)}
    </Badge>
  );
}
