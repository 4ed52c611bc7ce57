/**
 * THE registry of public API operations: the OpenAPI document (/api/openapi.json) and the
 * reference page (/docs/api) are built from it, and a test fails when a route under app/video/v1,
 * app/system/v1 or app/data/v1 has no entry here.
 */
import type { ApiOperation } from "../api-operation";
import { assetOperations } from "./assets";
import { dataOperations } from "./data";
import { liveStreamOperations } from "./live-streams";
import { playbackAndUploadOperations } from "./playback-uploads";
import { systemOperations } from "./system";

export const apiOperations: readonly ApiOperation[] = [...assetOperations, ...liveStreamOperations, ...playbackAndUploadOperations, ...systemOperations, ...dataOperations];
