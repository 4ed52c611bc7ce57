import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "./page-header";
import { sections } from "./sections";

type EmptySlug = Extract<(typeof sections)[number], { empty: object }>["slug"];

/** A section that is not built yet: says what will appear and which API call creates it. */
export function SectionEmptyPage({ slug }: { slug: EmptySlug }) {
  const section = sections.find((s): s is Extract<(typeof sections)[number], { slug: EmptySlug }> => s.slug === slug)!;
  return (
    <>
      <PageHeader title={section.label} />
      <EmptyState icon={section.icon} title={section.empty.title}>
        <p>{section.empty.body}</p>
        <p className="mt-4">
          Create one with{" "}
          <code className="rounded border border-border bg-bg px-1.5 py-0.5 font-mono text-xs text-fg">{section.empty.api}</code>
        </p>
      </EmptyState>
    </>
  );
}
