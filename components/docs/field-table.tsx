import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { FieldRow } from "@/server/openapi/describe-request-fields";

/** Name, type, required and constraints of each field of a request schema. */
export function FieldTable({ rows, caption }: { rows: FieldRow[]; caption: string }) {
  return (
    <Table aria-label={caption}>
      <thead>
        <Tr>
          <Th>Field</Th>
          <Th>Type</Th>
          <Th>Required</Th>
          <Th>Description</Th>
        </Tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Tr key={row.name}>
            <Td className="font-mono text-[12px] whitespace-nowrap">{row.name}</Td>
            <Td className="font-mono text-[12px] text-fg-muted">{row.type}</Td>
            <Td>{row.required ? "yes" : "no"}</Td>
            <Td className="text-fg-muted">{row.description}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
