import type { Metadata } from "next";
import { SectionEmptyPage } from "@/components/console/section-empty-page";

export const metadata: Metadata = { title: "Assets" };

// GET /w/:workspaceId/assets – not built yet: an honest empty state
export default function Page() {
  return <SectionEmptyPage slug="assets" />;
}
