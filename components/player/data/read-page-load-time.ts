/** Navigation start → window load, from Navigation Timing; undefined until the page has loaded. */
export function readPageLoadTime(): number | undefined {
  if (typeof performance === "undefined" || typeof performance.getEntriesByType !== "function") return undefined;
  const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  if (!nav) return undefined;
  const end = nav.loadEventEnd || nav.domContentLoadedEventEnd;
  return end > 0 ? Math.round(end - nav.startTime) : undefined;
}
