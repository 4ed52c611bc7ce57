"use client";

import { Upload } from "lucide-react";
import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { Button } from "@/components/ui/button";

/** Drop files here, or pick them: several at once, video or audio. */
export function UploadDropzone({ onFiles }: { onFiles(files: File[]): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      data-testid="upload-dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer.files.length) onFiles([...e.dataTransfer.files]);
      }}
      className={cn(
        "flex flex-col items-center gap-3 rounded-lg border border-dashed px-6 py-10 text-center transition-colors",
        over ? "border-accent bg-accent/5" : "border-border-strong bg-bg-subtle",
      )}
    >
      <div className="flex size-10 items-center justify-center rounded-lg border border-border bg-bg shadow-xs">
        <Upload className="size-5 text-fg-muted" aria-hidden />
      </div>
      <div>
        <p className="text-[15px] font-semibold text-fg">Drop video or audio files here</p>
        <p className="mt-1 text-[13px] text-fg-muted">Each file becomes an asset. Uploads resume after a dropped connection and can be paused.</p>
      </div>
      <Button variant="secondary" onClick={() => input.current?.click()}>Choose files</Button>
      <input
        ref={input}
        type="file"
        multiple
        accept="video/*,audio/*,.mp4,.mov,.mkv,.webm,.mxf,.ts,.m4a,.mp3,.wav"
        className="sr-only"
        aria-label="Choose files to upload"
        onChange={(e) => {
          if (e.target.files?.length) onFiles([...e.target.files]);
          e.target.value = "";
        }}
      />
    </div>
  );
}
