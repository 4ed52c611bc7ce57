import type { RouterOutputs } from "@/components/providers/trpc";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatBitrate, formatBytes } from "./format-media";

type Rendition = RouterOutputs["assets"]["get"]["renditions"][number];
const tones: Record<Rendition["status"], BadgeTone> = { ready: "success", processing: "info", queued: "neutral", errored: "danger", skipped: "neutral" };

export function RenditionsTable({ renditions }: { renditions: Rendition[] }) {
  const sorted = [...renditions].sort((a, b) => a.kind.localeCompare(b.kind) || (b.height ?? 0) - (a.height ?? 0));
  return (
    <Table aria-label="Renditions">
      <thead>
        <tr>
          <Th>Rendition</Th>
          <Th>Resolution</Th>
          <Th className="text-right">Bitrate</Th>
          <Th>Codecs</Th>
          <Th className="text-right">Size</Th>
          <Th className="w-44">Status</Th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <Tr key={r.id}>
            <Td className="font-medium whitespace-nowrap">
              {r.name}
              <span className="ml-1.5 text-[11px] font-normal text-fg-muted uppercase">{r.kind}</span>
              {r.passthrough && <Badge tone="accent" className="ml-2">remux</Badge>}
            </Td>
            <Td className="tabular-nums">{r.width && r.height ? `${r.width}×${r.height}` : "audio"}{r.frameRate ? <span className="text-fg-muted"> @ {Math.round(r.frameRate * 100) / 100}</span> : null}</Td>
            <Td className="text-right tabular-nums">{formatBitrate(r.averageBitrate ?? r.bitrate)}</Td>
            <Td className="font-mono text-[11px] text-fg-muted">{r.codecs ?? "—"}</Td>
            <Td className="text-right tabular-nums text-fg-muted">{formatBytes(r.fileSize)}</Td>
            <Td>
              {r.status === "processing" || r.status === "queued" ? (
                <div className="flex items-center gap-2" title={r.status}>
                  <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-bg-muted" role="progressbar" aria-label={`${r.name} progress`} aria-valuenow={r.progress} aria-valuemin={0} aria-valuemax={100}>
                    <div className="h-full rounded-full bg-accent transition-[width] duration-500" style={{ width: `${r.progress}%` }} />
                  </div>
                  <span className="w-9 text-right text-[11px] tabular-nums text-fg-muted">{r.progress}%</span>
                </div>
              ) : (
                <Badge tone={tones[r.status]} dot>{r.status}</Badge>
              )}
              {r.error && <div className="mt-1 text-[11px] text-danger">{r.error}</div>}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
