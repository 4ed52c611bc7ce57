import { Card, CardHeader } from "@/components/ui/card";

/** A still at a quarter in and a short GIF, from the first public playback ID. */
export function AssetPreviews({ thumbnailUrl, gifUrl, duration }: { thumbnailUrl: string; gifUrl: string; duration: number | null }) {
  const at = Math.round((duration ?? 0) * 25) / 100;
  return (
    <Card>
      <CardHeader title="Images" description="Rendered on demand by a worker, then cached." />
      <div className="grid grid-cols-2 gap-4 p-5">
        <figure className="flex flex-col gap-1.5">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by /image */}
          <img src={`${thumbnailUrl}?time=${at}&width=480`} alt="Thumbnail" className="aspect-video w-full rounded-md border border-border bg-bg-muted object-cover" />
          <figcaption className="font-mono text-[11px] text-fg-muted">thumbnail.jpg?time={at}&amp;width=480</figcaption>
        </figure>
        <figure className="flex flex-col gap-1.5">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by /image */}
          <img src={`${gifUrl}?width=320&fps=10`} alt="Animated preview" className="aspect-video w-full rounded-md border border-border bg-bg-muted object-cover" />
          <figcaption className="font-mono text-[11px] text-fg-muted">animated.gif?width=320&amp;fps=10</figcaption>
        </figure>
      </div>
    </Card>
  );
}
