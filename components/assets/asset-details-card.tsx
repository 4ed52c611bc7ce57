import type { RouterOutputs } from "@/components/providers/trpc";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { formatBytes, formatSeconds } from "./format-media";

type Details = RouterOutputs["assets"]["get"];

export function AssetDetailsCard({ details }: { details: Details }) {
  const { asset, inputInfo } = details;
  const file = inputInfo.find((i) => "file" in i && i.file)?.file;
  const rows: [string, string][] = [
    ["Duration", formatSeconds(asset.duration)],
    ["Max resolution", asset.maxWidth && asset.maxHeight ? `${asset.maxWidth}×${asset.maxHeight}` : "—"],
    ["Frame rate", asset.maxFrameRate ? `${Math.round(asset.maxFrameRate * 100) / 100} fps` : "—"],
    ["Aspect ratio", asset.aspectRatio ?? "—"],
    ["Video quality", asset.videoQuality],
    ["Tracks", [asset.hasVideo && "video", asset.hasAudio && "audio"].filter(Boolean).join(" + ") || "—"],
    ["Source size", formatBytes(asset.sourceSize)],
    ["Created", formatDateTime(asset.createdAt)],
    ["Ready", asset.readyAt ? formatDateTime(asset.readyAt) : "—"],
    ["Passthrough", asset.passthrough ?? "—"],
  ];
  return (
    <Card>
      <CardHeader title="Details" />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 px-5 py-4 text-[13px]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-fg-muted">{k}</dt>
            <dd className="min-w-0 truncate text-right tabular-nums" title={v}>{v}</dd>
          </div>
        ))}
      </dl>
      {file && (
        <div className="border-t border-border px-5 py-4">
          <h3 className="mb-2 text-[12px] font-medium text-fg-muted">Input file{file.container_format ? ` · ${file.container_format}` : ""}</h3>
          <ul className="flex flex-col gap-1 text-[12px]">
            {file.tracks.map((t, i) => (
              <li key={i} className="flex justify-between gap-3">
                <span className="font-medium">{t.type}</span>
                <span className="truncate font-mono text-fg-muted">
                  {"width" in t
                    ? [t.encoding, t.width && t.height ? `${t.width}×${t.height}` : null, t.frame_rate ? `${Math.round(t.frame_rate * 100) / 100} fps` : null].filter(Boolean).join(" ")
                    : [t.encoding, "channels" in t && t.channels ? `${t.channels} ch` : null, "sample_rate" in t && t.sample_rate ? `${t.sample_rate} Hz` : null].filter(Boolean).join(" ")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
