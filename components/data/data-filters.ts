export type DataFilterChip = { key: string; value: string; exclude: boolean };

/** Filter chips as the Data API's filters[] strings ("dim:value", "!dim:value"). */
export function toFilterParams(filters: DataFilterChip[]): string[] {
  return filters.map((f) => `${f.exclude ? "!" : ""}${f.key}:${f.value}`);
}
