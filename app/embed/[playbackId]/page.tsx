import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { EmbedPlayer } from "@/components/player/embed-player";
import { deliveryUrls } from "@/server/delivery/delivery-urls";
import { checkEmbedAccess } from "@/server/playback/check-embed-access";
import { embedMessageFor } from "@/server/playback/embed-message-for";
import { parseEmbedParams } from "@/server/playback/parse-embed-params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ playbackId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: { absolute: `Video ${(await params).playbackId}` }, robots: { index: false } };
}

// GET /embed/{playbackId} – the player alone, for iframes (?token, autoplay, muted, start, loop, primary_color)
export default async function EmbedPage({ params, searchParams }: Props) {
  const { playbackId } = await params;
  const options = parseEmbedParams(await searchParams);
  const access = await checkEmbedAccess({ playbackId, token: options.token ?? null, headers: await headers() });
  if (access.state === "not_found") notFound();
  if (access.state === "forbidden") {
    return (
      <main className="flex h-dvh items-center justify-center bg-black p-6 text-center text-[14px] text-white">
        <p role="alert">{embedMessageFor(access.message)}</p>
      </main>
    );
  }
  // The playlist starts loading with the HTML; the player's fetch of the same URL reuses it.
  const stream = deliveryUrls.master(playbackId) + (options.token ? `?token=${encodeURIComponent(options.token)}` : "");
  return (
    <main className="h-dvh overflow-hidden bg-black">
      {/* In the HTML itself (React hoists it to <head>), unlike react-dom's preload() which only reaches the flight data. */}
      <link rel="preload" as="fetch" href={stream} crossOrigin="anonymous" />
      <EmbedPlayer playbackId={playbackId} title={access.title ?? undefined} streamBaseUrl={deliveryUrls.streamBase() || undefined} imageBaseUrl={deliveryUrls.imageBase() || undefined} {...options} />
    </main>
  );
}
