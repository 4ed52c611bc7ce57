import Link from "next/link";
import { AssetStatusBadge } from "@/components/assets/asset-status-badge";
import { formatSeconds } from "@/components/assets/format-media";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { TimeAgo } from "@/components/ui/time-ago";

type Recording = { id: string; status: string; duration: number | null; createdAt: Date };

/** The assets this stream recorded, newest first; each becomes a normal on-demand asset when its broadcast ends. */
export function RecordingsCard({ workspaceId, recordings, recordingEnabled }: { workspaceId: string; recordings: Recording[]; recordingEnabled: boolean }) {
  return (
    <Card>
      <CardHeader title="Recordings" description={recordingEnabled ? "Each broadcast is recorded into an asset, processed like any upload when it ends." : "Recording is off for this stream."} />
      {recordings.length === 0 ? (
        <p className="px-5 py-8 text-center text-[13px] text-fg-muted">No recordings yet.</p>
      ) : (
        <Table aria-label="Recordings">
          <thead>
            <tr>
              <Th>Asset</Th>
              <Th>Status</Th>
              <Th className="text-right">Duration</Th>
              <Th>Recorded</Th>
            </tr>
          </thead>
          <tbody>
            {recordings.map((r) => (
              <Tr key={r.id} className="relative" data-testid="recording-row">
                <Td className="max-w-60">
                  <Link href={`/w/${workspaceId}/assets/${r.id}`} className="block truncate font-mono text-[12px] after:absolute after:inset-0 hover:underline">{r.id}</Link>
                </Td>
                <Td><AssetStatusBadge status={r.status} /></Td>
                <Td className="text-right tabular-nums">{formatSeconds(r.duration)}</Td>
                <Td><TimeAgo date={r.createdAt} /></Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
