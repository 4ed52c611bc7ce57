import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = { active: "danger", idle: "neutral", disabled: "warning" };
const labels: Record<string, string> = { active: "Live", idle: "Idle", disabled: "Disabled" };

/** idle | active | disabled; a stream waiting out its reconnect window shows "Reconnecting". */
export function LiveStreamStatusBadge({ status, reconnecting }: { status: string; reconnecting?: boolean }) {
  if (reconnecting) return <Badge tone="warning" dot>Reconnecting</Badge>;
  return (
    <Badge tone={tones[status] ?? "neutral"} dot className={status === "active" ? "[&>span]:animate-pulse" : undefined}>
      {labels[status] ?? status}
    </Badge>
  );
}
