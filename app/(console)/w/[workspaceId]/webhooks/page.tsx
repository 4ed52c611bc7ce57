import type { Metadata } from "next";
import { SectionEmptyPage } from "@/components/console/section-empty-page";

export const metadata: Metadata = { title: "Webhooks" };

// GET /w/:workspaceId/webhooks – not built yet: an honest empty state
export default function Page() {
  return <SectionEmptyPage slug="webhooks" />;
}
