import type { LiveLatencyMode } from "@/server/db/schema/live";

/** What to set in OBS (or any encoder) so the ladder and LL-HLS parts line up. */
export function ObsSettingsHint({ latencyMode, rtmpUrl }: { latencyMode: LiveLatencyMode; rtmpUrl: string }) {
  const low = latencyMode === "low";
  return (
    <details className="group rounded-md border border-border bg-bg-subtle px-4 py-3 text-[13px]" data-testid="obs-hint">
      <summary className="cursor-pointer font-medium select-none">Encoder settings (OBS, ffmpeg)</summary>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-1.5 text-[12px] font-medium text-fg-muted">OBS → Settings → Stream</h3>
          <ul className="list-disc space-y-1 pl-5">
            <li>Service: <strong>Custom…</strong></li>
            <li>Server: the RTMP server URL above</li>
            <li>Stream Key: the stream key above</li>
          </ul>
          <h3 className="mt-3 mb-1.5 text-[12px] font-medium text-fg-muted">OBS → Settings → Output (Advanced)</h3>
          <ul className="list-disc space-y-1 pl-5">
            <li>Video: <strong>H.264</strong> (x264 or a hardware H.264 encoder), rate control <strong>CBR</strong></li>
            <li>Keyframe interval: <strong>2 s</strong> — segments are cut at keyframes</li>
            <li>Bitrate: 1080p30 4500–6000 kbps · 720p30 2500–4000 kbps · 480p 1000–2000 kbps</li>
            <li>Audio: <strong>AAC</strong>, 128–160 kbps, 48 kHz</li>
            {low ? (
              <li>Low latency: x264 tune <strong>zerolatency</strong> (no B-frames), preset veryfast</li>
            ) : (
              <li>For low latency later: x264 tune zerolatency, no B-frames</li>
            )}
          </ul>
        </div>
        <div className="min-w-0">
          <h3 className="mb-1.5 text-[12px] font-medium text-fg-muted">Test with ffmpeg</h3>
          <pre className="overflow-x-auto rounded bg-bg-muted p-3 font-mono text-[11px] leading-relaxed whitespace-pre">
            {`ffmpeg -re -f lavfi -i testsrc2=size=1280x720:rate=30 \\
  -f lavfi -i sine=frequency=440 \\
  -c:v libx264 -preset veryfast${low ? " -tune zerolatency" : ""} \\
  -g 60 -keyint_min 60 -b:v 3000k -maxrate 3000k -bufsize 6000k \\
  -c:a aac -b:a 128k -ar 48000 \\
  -f flv "${rtmpUrl}/$STREAM_KEY"`}
          </pre>
          <p className="mt-1.5 text-[12px] text-fg-muted">Set <code className="font-mono">STREAM_KEY</code> to the stream key first. Over SRT: <code className="font-mono">-f mpegts</code> and the SRT URL.</p>
        </div>
      </div>
    </details>
  );
}
