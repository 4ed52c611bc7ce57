/** A Data API value for display by its metric type (times in ms, shares and scores as 0..1). */
export function formatMetric(type: string, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  switch (type) {
    case "milliseconds":
      return value >= 60_000 ? `${(value / 60_000).toFixed(1)} min` : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
    case "percentage":
      return `${(value * 100).toFixed(value < 0.1 ? 2 : 1)} %`;
    case "score":
      return (value * 100).toFixed(1);
    case "bitrate":
      return value >= 1e6 ? `${(value / 1e6).toFixed(2)} Mbps` : `${Math.round(value / 1000)} kbps`;
    case "per_minute":
      return `${value.toFixed(2)} /min`;
    default:
      return Math.round(value).toLocaleString("en-US");
  }
}
