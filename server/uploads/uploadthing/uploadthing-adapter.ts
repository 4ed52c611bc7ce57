/**
 * The one seam between Keyframe and uploadthing (an optional third-party upload service, enabled
 * by UPLOADTHING_TOKEN). The browser PUTs a file to `uploadUrl`; once there, `fileUrl` is ingested
 * as an ordinary URL input. uploadthing cannot be reached from Keyframe's CI, so this is exercised
 * only against a fake (server/uploads/uploadthing/uploadthing-adapter.test.ts).
 */
export interface UploadthingFile {
  name: string;
  size: number;
  type: string;
}

export interface PreparedUploadthingUpload {
  key: string;
  /** Presigned URL the browser sends the file's bytes to (PUT). */
  uploadUrl: string;
  /** Where the file can be fetched once uploaded; this becomes the asset's input URL. */
  fileUrl: string;
}

export interface UploadthingAdapter {
  prepareUpload(file: UploadthingFile): Promise<PreparedUploadthingUpload>;
}
