import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { MediaJobRow } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { ffmpegBuilders, type FfmpegJob, type FfmpegResult } from "@/server/media/ffmpeg/builders";
import type { FfmpegBuilder } from "@/server/media/ffmpeg/define-builder";
import { runFfmpegJob } from "@/server/media/ffmpeg/run-ffmpeg-job";
import type { Storage } from "@/server/storage/storage";
import { uploadDirectory } from "@/server/storage/upload-directory";

/** The input is unusable (missing object, or a result such as "not media"); retrying cannot help. */
export class BadMediaInputError extends Error {
  override name = "BadMediaInputError";
}

/**
 * Runs one claimed job: storage keys in the job become local files (inputs downloaded, outputs
 * written to a private directory), ffmpeg runs, outputs are uploaded to their keys.
 */
export async function executeMediaJob(
  row: MediaJobRow,
  deps: { storage: Storage; signal: AbortSignal; onProgress: (percent: number) => void },
): Promise<FfmpegResult> {
  const job = row.input;
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), "kf-job-"));
  const run = async (inputFile: string | undefined, watermarkFile: string | undefined, inputFiles?: string[]): Promise<FfmpegResult> => {
    const local: FfmpegJob = structuredClone(job);
    if ("input" in local && inputFile) local.input = inputFile;
    if ("inputs" in local && inputFiles) local.inputs = inputFiles;
    if ("watermark" in local && local.watermark && watermarkFile) local.watermark.image = watermarkFile;
    if ("output" in local) local.output = path.join(workDir, "out", path.basename(local.output));
    if ("outputDir" in local && typeof local.outputDir === "string") local.outputDir = path.join(workDir, "out-dir");
    await fs.mkdir(path.join(workDir, "out"), { recursive: true });
    await fs.mkdir(path.join(workDir, "out-dir"), { recursive: true });
    const result = await runFfmpegJob(local, { signal: deps.signal, onProgress: deps.onProgress });
    const builder = ffmpegBuilders[job.type] as FfmpegBuilder<FfmpegJob, FfmpegResult>;
    const problem = builder.inputProblem?.(result);
    if (problem) throw new BadMediaInputError(problem);
    if ("output" in job && "output" in local) await deps.storage.put(job.output, { file: local.output });
    if ("outputDir" in job && "outputDir" in local && typeof job.outputDir === "string" && typeof local.outputDir === "string") {
      await uploadDirectory(deps.storage, local.outputDir, job.outputDir);
    }
    return result;
  };
  // A second stored input: the watermark image some encodes burn in.
  const watermarkKey = "watermark" in job && job.watermark ? job.watermark.image : undefined;
  const withWatermark = (file: string | undefined) =>
    watermarkKey ? deps.storage.withLocalFile(watermarkKey, (image) => run(file, image)) : run(file, undefined);
  // Several stored inputs (live-to-VOD joins a session's recordings): each one becomes a local file.
  const withInputs = (keys: string[], files: string[] = []): Promise<FfmpegResult> =>
    files.length === keys.length ? run(undefined, undefined, files) : deps.storage.withLocalFile(keys[files.length]!, (file) => withInputs(keys, [...files, file]));
  try {
    if ("inputs" in job) {
      return await withInputs(job.inputs).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") throw new BadMediaInputError("An input of the job does not exist in storage");
        throw error;
      });
    }
    if (!("input" in job)) return await withWatermark(undefined);
    return await deps.storage.withLocalFile(job.input, (file) => withWatermark(file)).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") throw new BadMediaInputError(`The input ${job.input} does not exist in storage`);
      throw error;
    });
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}
