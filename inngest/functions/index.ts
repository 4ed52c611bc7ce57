import { systemSelfTest } from "./system-self-test";
import { videoUploadsTimeOut } from "./video-uploads-time-out";
import { videoAssetProcess } from "./video-asset-process";
import { videoAssetsResume } from "./video-assets-resume";

/** The registry of every Inngest function; app/api/inngest serves exactly this list. */
export const functions = [systemSelfTest, videoAssetProcess, videoAssetsResume, videoUploadsTimeOut] as const;
