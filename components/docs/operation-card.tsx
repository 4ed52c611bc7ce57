import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { errorCodes } from "@/server/errors";
import type { ApiOperation } from "@/server/openapi/api-operation";
import { requestBodySchema } from "@/server/openapi/build-openapi-document";
import { describeRequestFields } from "@/server/openapi/describe-request-fields";
import { errorCodesFor } from "@/server/openapi/error-responses";
import { toJsonSchema } from "@/server/openapi/to-json-schema";
import { FieldTable } from "./field-table";

const methodTones: Record<ApiOperation["method"], BadgeTone> = { GET: "info", POST: "success", PUT: "warning", PATCH: "warning", DELETE: "danger" };

const permissionLabel = (p: ApiOperation["permission"]) =>
  p === "public" ? "public (no credentials)" : p === null ? "any access token" : ({ videoRead: "video:read", videoWrite: "video:write", dataRead: "data:read", system: "system" } as const)[p];

function exampleBody(op: ApiOperation): unknown {
  const { example, envelope = "data" } = op.success;
  return envelope === "data" ? { data: example } : example;
}

/** One operation of the reference: method, path, permission, request fields, response example, errors. */
export function OperationCard({ op }: { op: ApiOperation }) {
  const body = requestBodySchema(op);
  const queryRows = [
    ...(op.query ? describeRequestFields(toJsonSchema(op.query)) : []),
    ...(op.queryNames ?? []).map((name) => ({ name, type: "string", required: false, description: "" })),
  ];
  return (
    <Card id={op.id} className="scroll-mt-6 overflow-hidden">
      <div className="flex flex-wrap items-center gap-2 border-b border-border px-5 py-3">
        <Badge tone={methodTones[op.method]} className="font-mono">{op.method}</Badge>
        <code className="font-mono text-[13px] font-medium text-fg">{op.path}</code>
        <Badge className="ml-auto">{permissionLabel(op.permission)}</Badge>
      </div>
      <div className="flex flex-col gap-4 px-5 py-4 text-[13px]">
        <p className="text-fg">{op.summary}</p>
        {queryRows.length > 0 && (
          <section>
            <h4 className="mb-2 text-xs font-medium text-fg-muted">Query parameters</h4>
            <FieldTable rows={queryRows} caption={`${op.id} query parameters`} />
          </section>
        )}
        {body && (
          <section>
            <h4 className="mb-2 text-xs font-medium text-fg-muted">Request body (application/json)</h4>
            <FieldTable rows={describeRequestFields(body)} caption={`${op.id} request body`} />
          </section>
        )}
        <section>
          <h4 className="mb-2 text-xs font-medium text-fg-muted">
            Response {op.success.status} – {op.success.description}
          </h4>
          {op.success.example !== undefined && (
            <pre className="max-h-80 overflow-auto rounded-md border border-border bg-bg-subtle p-3 font-mono text-[12px]">{JSON.stringify(exampleBody(op), null, 2)}</pre>
          )}
        </section>
        <p className="text-xs text-fg-muted">
          Errors:{" "}
          {errorCodesFor(op)
            .map((code) => `${errorCodes[code].status} ${code}`)
            .join(" · ")}
        </p>
      </div>
    </Card>
  );
}
