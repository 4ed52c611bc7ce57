import { systemSelfTest } from "./system-self-test";
import { videoAssetProcess } from "./video-asset-process";

/** The registry of every Inngest function; app/api/inngest serves exactly this list. */
export const functions = [systemSelfTest, videoAssetProcess] as const;
