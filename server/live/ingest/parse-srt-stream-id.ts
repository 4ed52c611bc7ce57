/**
 * The stream key in an SRT streamid: either the whole value, or the `r` key of the access-control
 * syntax (`#!::r=KEY,m=publish`, as Mux documents it). Other modes than publish are refused.
 */
export function parseSrtStreamId(streamId: string | null): { streamKey: string } | { error: string } {
  let value = (streamId ?? "").trim();
  // ffmpeg sends the URL's streamid undecoded: `streamid=%23!::r=…` arrives with the %23.
  if (/^%23!::/i.test(value)) value = safeDecode(value);
  if (!value) return { error: "No streamid: connect with srt://host:port?streamid=<stream key>" };
  if (!value.startsWith("#!::")) return { streamKey: value };
  const fields = new Map<string, string>();
  for (const pair of value.slice(4).split(",")) {
    const eq = pair.indexOf("=");
    if (eq > 0) fields.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  const mode = fields.get("m");
  if (mode && mode !== "publish") return { error: `streamid mode "${mode}" is not supported: use m=publish` };
  const streamKey = fields.get("r");
  return streamKey ? { streamKey } : { error: "The streamid has no r=<stream key>" };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
