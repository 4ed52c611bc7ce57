import { systemSelfTest } from "./system-self-test";
import { videoUploadsTimeOut } from "./video-uploads-time-out";
import { videoAssetProcess } from "./video-asset-process";
import { videoAssetStaticRenditions } from "./video-asset-static-renditions";
import { videoAssetsResume } from "./video-assets-resume";
import { videoLiveStreamFinish } from "./video-live-stream-finish";
import { webhooksDeliver } from "./webhooks-deliver";
import { webhooksFanOut } from "./webhooks-fan-out";

/** The registry of every Inngest function; app/api/inngest serves exactly this list. */
export const functions = [systemSelfTest, videoAssetProcess, videoAssetStaticRenditions, videoAssetsResume, videoLiveStreamFinish, videoUploadsTimeOut, webhooksFanOut, webhooksDeliver] as const;
