/** The client address as the proxy in front reports it (first X-Forwarded-For hop), else "unknown". */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
}
