import { Badge } from "@/components/ui/badge";

export function EnvironmentBadge({ environment }: { environment: "development" | "production" }) {
  return environment === "production" ? <Badge tone="success">Production</Badge> : <Badge tone="warning">Development</Badge>;
}
