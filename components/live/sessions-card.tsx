import { formatSeconds } from "@/components/assets/format-media";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";

type Session = { id: string; status: string; assetId: string | null; connectionCount: number; duration: number; startedAt: Date; endedAt: Date | null; endReason: string | null };

const tones: Record<string, BadgeTone> = { live: "danger", reconnecting: "warning", ended: "neutral" };

/** The last broadcasts: one session per continuous broadcast, reconnects within the window included. */
export function SessionsCard({ sessions }: { sessions: Session[] }) {
  return (
    <Card>
      <CardHeader title="Sessions" description="A publisher that reconnects within the reconnect window continues its session." />
      {sessions.length === 0 ? (
        <p className="px-5 py-8 text-center text-[13px] text-fg-muted">No broadcasts yet.</p>
      ) : (
        <Table aria-label="Sessions">
          <thead>
            <tr>
              <Th>Started</Th>
              <Th>Status</Th>
              <Th className="text-right">Media</Th>
              <Th className="text-right">Connections</Th>
              <Th>Ended</Th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <Tr key={s.id} data-testid="session-row">
                <Td><TimeAgo date={s.startedAt} /></Td>
                <Td><Badge tone={tones[s.status] ?? "neutral"} dot>{s.status}</Badge></Td>
                <Td className="text-right tabular-nums">{formatSeconds(s.duration)}</Td>
                <Td className="text-right tabular-nums">{s.connectionCount}</Td>
                <Td className="whitespace-nowrap text-fg-muted">{s.endedAt ? <span title={s.endReason ?? undefined}><TimeAgo date={s.endedAt} />{s.endReason ? ` · ${s.endReason}` : ""}</span> : "—"}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
