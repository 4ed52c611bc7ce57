/** The runtime's one log line per run state change. */
export function logRunTransition(run: { id: string; functionId: string }, from: string | null, to: string, detail?: string): void {
  if (from === to) return;
  console.log(`[workflows] run ${run.id} ${run.functionId}: ${from ?? "new"} -> ${to}${detail ? ` (${detail})` : ""}`);
}
