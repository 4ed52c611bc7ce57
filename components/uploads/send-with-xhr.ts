/** PUTs a file to a presigned URL (uploadthing) with progress; resolves when the server accepted it. */
export function sendWithXhr(url: string, file: File, onProgress: (loaded: number) => void): { done: Promise<void>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<void>((resolve, reject) => {
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(`uploadthing answered HTTP ${xhr.status}`)));
    xhr.onerror = () => reject(new Error("The connection to uploadthing failed"));
    xhr.onabort = () => reject(new Error("Cancelled"));
  });
  xhr.open("PUT", url);
  xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}
