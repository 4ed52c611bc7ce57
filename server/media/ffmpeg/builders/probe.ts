import { z } from "zod";
import { defineBuilder } from "../define-builder";
import type { MediaInfo } from "../media-info";
import { normaliseProbe } from "../normalise-probe";

export const probeJobSchema = z.object({
  type: z.literal("probe"),
  input: z.string().min(1),
});

const emptyInfo = (problem: string): MediaInfo => ({
  container: null,
  formatName: null,
  durationSeconds: null,
  sizeBytes: null,
  bitrate: null,
  video: [],
  audio: [],
  problem,
});

export const probeBuilder = defineBuilder<z.infer<typeof probeJobSchema>, MediaInfo>({
  commands: (job) => [
    { tool: "ffprobe", args: ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", "-i", job.input] },
  ],
  async result(_job, run) {
    return normaliseProbe(JSON.parse(run.stdout));
  },
  // "Not media" is an answer to "what is this file?", not a failure of the probe.
  recover: (error) => (error.kind === "bad_input" ? emptyInfo(error.message) : undefined),
  inputProblem: (info) => info.problem,
});
