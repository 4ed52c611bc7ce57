/**
 * Where an asset's files live in storage. The pipeline writes here and delivery reads here; HLS
 * playlists reference each other and their segments with relative URIs only, so delivery can
 * serve them under any base URL and add per-session tokens.
 */
export const assetStorageKeys = {
  prefix: (assetId: string) => `assets/${assetId}/`,
  source: (assetId: string) => `assets/${assetId}/source`,
  hlsMaster: (assetId: string) => `assets/${assetId}/hls/master.m3u8`,
  /** A rendition's directory: index.m3u8, init.mp4 and numbered .m4s segments. */
  hlsRendition: (assetId: string, rendition: string) => `assets/${assetId}/hls/${rendition}/`,
  images: (assetId: string) => `assets/${assetId}/images/`,
  /** The watermark image of a `type: "watermark"` input. */
  watermark: (assetId: string) => `assets/${assetId}/watermark`,
  mp4: (assetId: string, name: string) => `assets/${assetId}/mp4/${name}.mp4`,
} as const;

export const uploadStorageKeys = {
  data: (uploadId: string) => `uploads/${uploadId}/data`,
} as const;
