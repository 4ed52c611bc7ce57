/**
 * Asks the app to register its functions, as `inngest` does on a sync: `PUT <appUrl>` makes the
 * SDK's serve() handler POST its function configs to the runtime's `/fn/register`. Returns an error
 * message, or null once the app answered that registration succeeded.
 */
export async function requestAppSync(appUrl: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const res = await fetch(appUrl, { method: "PUT", signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000) });
    const text = await res.text();
    if (res.ok) return null;
    return `PUT ${appUrl} answered ${res.status}: ${text.slice(0, 300)}`;
  } catch (error) {
    return `PUT ${appUrl} failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}
