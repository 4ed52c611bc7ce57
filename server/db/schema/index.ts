export * from "./identity";
export * from "./system";
export * from "./workflows";
export * from "./media";
export * from "./video";
export * from "./webhooks";
export * from "./analytics";
export * from "./api";
