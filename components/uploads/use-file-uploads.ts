"use client";

import type { UpChunk } from "@mux/upchunk";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { errorMessage } from "@/components/ui/error-message";
import { sendWithXhr } from "./send-with-xhr";

export type UploadItemStatus = "creating" | "uploading" | "paused" | "processing" | "error" | "cancelled";

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  status: UploadItemStatus;
  percent: number;
  /** Bytes per second, smoothed. */
  speed: number | null;
  /** Seconds left at the current speed. */
  eta: number | null;
  uploadId?: string;
  /** Set at once for uploadthing files (ingested by URL); direct uploads learn it by polling. */
  assetId?: string;
  error?: string;
}

/** 5 MiB chunks (upchunk sizes are in KiB, multiples of 256): fine-grained progress, small retries. */
const CHUNK_KB = 5120;

/**
 * Sends files to Keyframe with @mux/upchunk: each file gets a direct upload (tRPC), then chunked
 * PUTs to its upload URL, with progress, speed, ETA, pause/resume and cancel per file.
 */
export function useFileUploads(workspaceId: string, options: { viaUploadthing?: boolean } = {}) {
  const trpc = useTRPC();
  const createUpload = useMutation(trpc.uploads.create.mutationOptions());
  const prepareUploadthing = useMutation(trpc.uploads.prepareUploadthing.mutationOptions());
  const ingestUploadthing = useMutation(trpc.uploads.ingestUploadthing.mutationOptions());
  const aborts = useRef(new Map<string, () => void>());
  const cancelUpload = useMutation(trpc.uploads.cancel.mutationOptions());
  const [items, setItems] = useState<UploadItem[]>([]);
  const chunkers = useRef(new Map<string, UpChunk>());

  const update = useCallback((key: string, change: Partial<UploadItem> | ((item: UploadItem) => Partial<UploadItem>)) => {
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...(typeof change === "function" ? change(item) : change) } : item)));
  }, []);

  // uploadthing (UPLOADTHING_TOKEN): the file goes to uploadthing, then its URL is ingested.
  const startUploadthing = useCallback(
    async (file: File, key: string) => {
      try {
        const target = await prepareUploadthing.mutateAsync({ workspaceId, file: { name: file.name, size: file.size, type: file.type } });
        update(key, { status: "uploading" });
        const startedAt = performance.now();
        const xhr = sendWithXhr(target.uploadUrl, file, (loaded) => {
          const speed = loaded / Math.max(0.001, (performance.now() - startedAt) / 1000);
          update(key, { percent: (loaded / Math.max(1, file.size)) * 100, speed, eta: speed > 0 ? (file.size - loaded) / speed : null });
        });
        aborts.current.set(key, xhr.abort);
        await xhr.done;
        update(key, { percent: 100, status: "processing", eta: 0 });
        const { assetId } = await ingestUploadthing.mutateAsync({ workspaceId, fileUrl: target.fileUrl, settings: { playback_policies: ["public"], meta: { title: file.name.slice(0, 512) } } });
        update(key, { assetId });
      } catch (error) {
        update(key, (item) => (item.status === "cancelled" ? {} : { status: "error", error: errorMessage(error) }));
      }
    },
    [ingestUploadthing, prepareUploadthing, update, workspaceId],
  );

  const start = useCallback(
    async (file: File, key: string) => {
      try {
        const upload = await createUpload.mutateAsync({ workspaceId, upload: { cors_origin: window.location.origin, new_asset_settings: { playback_policies: ["public"], meta: { title: file.name.slice(0, 512) } } } });
        update(key, { uploadId: upload.id, status: "uploading" });
        const { createUpload: createChunkedUpload } = await import("@mux/upchunk");
        const chunker = createChunkedUpload({ endpoint: upload.url, file, chunkSize: CHUNK_KB });
        chunkers.current.set(key, chunker);
        let last = { time: performance.now(), bytes: 0 };
        chunker.on("progress", (event: CustomEvent<number>) => {
          const percent = Math.min(100, event.detail);
          const bytes = (percent / 100) * file.size;
          const now = performance.now();
          const elapsed = (now - last.time) / 1000;
          update(key, (item) => {
            if (elapsed < 0.25) return { percent };
            const instant = (bytes - last.bytes) / elapsed;
            last = { time: now, bytes };
            const speed = item.speed == null ? instant : item.speed * 0.7 + instant * 0.3;
            return { percent, speed, eta: speed > 0 ? (file.size - bytes) / speed : null };
          });
        });
        chunker.on("success", () => update(key, { percent: 100, status: "processing", eta: 0 }));
        chunker.on("error", (event: CustomEvent<{ message: string }>) => update(key, { status: "error", error: event.detail.message }));
      } catch (error) {
        update(key, { status: "error", error: errorMessage(error) });
      }
    },
    [createUpload, update, workspaceId],
  );

  const addFiles = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
        setItems((all) => [...all, { key, name: file.name, size: file.size, status: "creating", percent: 0, speed: null, eta: null }]);
        void (options.viaUploadthing ? startUploadthing(file, key) : start(file, key));
      }
    },
    [options.viaUploadthing, start, startUploadthing],
  );

  const pause = useCallback((key: string) => {
    chunkers.current.get(key)?.pause();
    update(key, { status: "paused", speed: null, eta: null });
  }, [update]);

  const resume = useCallback((key: string) => {
    update(key, { status: "uploading" });
    chunkers.current.get(key)?.resume();
  }, [update]);

  const cancel = useCallback(
    async (item: UploadItem) => {
      chunkers.current.get(item.key)?.abort();
      aborts.current.get(item.key)?.();
      update(item.key, { status: "cancelled", speed: null, eta: null });
      if (item.uploadId) await cancelUpload.mutateAsync({ workspaceId, uploadId: item.uploadId }).catch(() => undefined);
    },
    [cancelUpload, update, workspaceId],
  );

  return { items, addFiles, pause, resume, cancel };
}
