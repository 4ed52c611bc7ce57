const storageKey = "keyframe-data-viewer-id";

/** A stable anonymous id per browser (localStorage), or a per-page one where storage is blocked. */
export function getViewerId(newId: () => string): string {
  try {
    const existing = localStorage.getItem(storageKey);
    if (existing) return existing;
    const id = newId();
    localStorage.setItem(storageKey, id);
    return id;
  } catch {
    return newId();
  }
}
