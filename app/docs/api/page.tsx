import type { Metadata } from "next";
import Link from "next/link";
import { OperationCard } from "@/components/docs/operation-card";
import { apiTags } from "@/server/openapi/api-operation";
import { apiOperations } from "@/server/openapi/operations";

export const metadata: Metadata = { title: "API reference" };

// GET /docs/api – the public API reference, from the same registry as /api/openapi.json (public: it holds no workspace data)
export default function ApiReferencePage() {
  const groups = apiTags.map((tag) => ({ ...tag, ops: apiOperations.filter((op) => op.tag === tag.name) })).filter((g) => g.ops.length);
  return (
    <div className="mx-auto flex max-w-6xl gap-10 px-6 py-10">
      <nav aria-label="API reference" className="sticky top-6 hidden h-fit w-56 shrink-0 text-[13px] lg:block">
        {groups.map((g) => (
          <div key={g.name} className="mb-4">
            <a href={`#${g.name.toLowerCase().replace(/\s+/g, "-")}`} className="font-medium text-fg">{g.name}</a>
            <ul className="mt-1 flex flex-col gap-0.5">
              {g.ops.map((op) => (
                <li key={op.id}>
                  <a href={`#${op.id}`} className="text-fg-muted hover:text-fg">{op.summary.split(/[.;:(]/)[0]}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <main className="flex min-w-0 flex-1 flex-col gap-10">
        <header className="flex flex-col gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">Keyframe API reference</h1>
          <p className="text-[14px] text-fg-muted">
            Mux-compatible: point <code>@mux/mux-node</code> at this server with <code>baseURL</code>. Authenticate with HTTP Basic (access token id as
            user, secret as password). Responses are <code>{'{ "data": … }'}</code>; errors are <code>{'{ "error": { "type", "messages": […] } }'}</code>{" "}
            with 400, 401, 403, 404, 409, 413 or 429. POSTs accept <code>Idempotency-Key</code>; every response carries <code>RateLimit-*</code> headers.
          </p>
          <p className="text-[14px]">
            <Link href="/api/openapi.json" className="text-accent underline">OpenAPI 3.1 document</Link>
          </p>
        </header>
        {groups.map((g) => (
          <section key={g.name} aria-labelledby={`tag-${g.name}`} className="flex flex-col gap-4">
            <div id={g.name.toLowerCase().replace(/\s+/g, "-")} className="scroll-mt-6">
              <h2 id={`tag-${g.name}`} className="text-lg font-semibold">{g.name}</h2>
              <p className="text-[13px] text-fg-muted">{g.description}</p>
            </div>
            {g.ops.map((op) => (
              <OperationCard key={op.id} op={op} />
            ))}
          </section>
        ))}
      </main>
    </div>
  );
}
