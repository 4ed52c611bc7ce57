import type { DataScope } from "../store/analytics-store";

/** Mux's `timeframe` echo: [from, to] as unix seconds. */
export function dataTimeframe(scope: DataScope): [number, number] {
  return [Math.floor(scope.from.getTime() / 1000), Math.floor(scope.to.getTime() / 1000)];
}
