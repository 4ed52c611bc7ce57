import type { Metadata } from "next";
import { SectionEmptyPage } from "@/components/console/section-empty-page";

export const metadata: Metadata = { title: "Live streams" };

// GET /w/:workspaceId/live-streams – not built yet: an honest empty state
export default function Page() {
  return <SectionEmptyPage slug="live-streams" />;
}
