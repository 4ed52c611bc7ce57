const fieldLabels: Record<string, string> = {
  latency_mode: "Latency mode",
  reconnect_window: "Reconnect window",
  max_continuous_duration: "Max continuous duration",
  passthrough: "Passthrough",
  url: "URL",
  stream_key: "Stream key",
};

/** A schema issue as a sentence naming the form field: "Max continuous duration must be at least 60 seconds". */
export function describeLiveStreamIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return "Check the form";
  const field = fieldLabels[String(issue.path[0] ?? "")];
  const message = /expected number/.test(issue.message) ? "must be a number" : issue.message.replace(/^Invalid input: /, "");
  return field ? `${field} ${message}` : message;
}
