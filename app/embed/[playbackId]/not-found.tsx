// Shown in the iframe for an unknown or deleted playback ID (HTTP 404), without console chrome.
export default function EmbedNotFound() {
  return (
    <main className="flex h-dvh flex-col items-center justify-center gap-1 bg-black p-6 text-center text-white">
      <p className="font-mono text-xs text-white/60">404</p>
      <h1 className="text-[15px] font-semibold">Video not found</h1>
      <p className="text-[13px] text-white/70">This video does not exist or is no longer available.</p>
    </main>
  );
}
