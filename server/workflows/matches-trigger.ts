import type { WorkflowEventPayload, WorkflowTrigger } from "@/server/db/schema";
import { evaluateExpression } from "./evaluate-expression";

/** Whether an event trigger (exact name or `prefix/*` wildcard, plus its `if` expression) fires for `event`. */
export function matchesTrigger(trigger: WorkflowTrigger, event: WorkflowEventPayload): boolean {
  if (!trigger.event) return false;
  const nameMatches = trigger.event.endsWith("*") ? event.name.startsWith(trigger.event.slice(0, -1)) : trigger.event === event.name;
  if (!nameMatches) return false;
  if (!trigger.expression) return true;
  try {
    return evaluateExpression(trigger.expression, { event });
  } catch (error) {
    console.error(`[workflows] bad trigger expression "${trigger.expression}"`, error);
    return false;
  }
}
