/**
 * State of the embedded workflow runtime (server/workflows): the functions the app registered, the
 * events it received, runs with their leases, memoized steps, pending waits and cron schedules.
 * A real Inngest server keeps its own state; these tables are only written in embedded mode.
 */
import { bigint, boolean, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** An event exactly as the SDK sent it, plus the id and timestamp the runtime assigned. */
export interface WorkflowEventPayload {
  id: string;
  name: string;
  data: Record<string, unknown>;
  user?: Record<string, unknown>;
  ts: number;
  v?: string;
}

/** An error as the SDK serializes it. */
export interface WorkflowError {
  name: string;
  message: string;
  stack?: string;
}

export interface WorkflowTrigger {
  event?: string;
  expression?: string;
  cron?: string;
}

export const workflowRunStatuses = ["queued", "running", "sleeping", "waiting", "completed", "failed", "cancelled"] as const;
export type WorkflowRunStatus = (typeof workflowRunStatuses)[number];

export const workflowStepStatuses = ["planned", "sleeping", "waiting", "completed", "failed"] as const;
export type WorkflowStepStatus = (typeof workflowStepStatuses)[number];

/** Orders completed steps within a run; the SDK replays memoized results in this order. */
export const workflowStepCompletionSeq = pgSequence("workflow_step_completion_seq");

export const workflowFunctions = pgTable("workflow_functions", {
  id: text("id").primaryKey(),
  appId: text("app_id").notNull(),
  name: text("name").notNull(),
  /** The SDK endpoint for this function (`…?fnId=…&stepId=step`). */
  url: text("url").notNull(),
  triggers: jsonb("triggers").$type<WorkflowTrigger[]>().notNull(),
  /** Retries after the first attempt (Inngest's default is 4). */
  retries: integer("retries").notNull(),
  config: jsonb("config").$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const workflowEvents = pgTable(
  "workflow_events",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    payload: jsonb("payload").$type<WorkflowEventPayload>().notNull(),
    receivedAt: ts("received_at").notNull(),
  },
  (t) => [index("workflow_events_name_idx").on(t.name, t.receivedAt)],
);

export const workflowRuns = pgTable(
  "workflow_runs",
  {
    id: text("id").primaryKey(),
    functionId: text("function_id").notNull(),
    eventId: text("event_id").notNull(),
    eventName: text("event_name").notNull(),
    event: jsonb("event").$type<WorkflowEventPayload>().notNull(),
    status: text("status", { enum: workflowRunStatuses }).notNull(),
    /** Attempt of the current function-level request (steps count their own attempts). */
    attempt: integer("attempt").notNull().default(0),
    /** A step finished since the last discovery request: ask the SDK what comes next. */
    needsDiscovery: boolean("needs_discovery").notNull().default(true),
    /** Execution version the SDK chose on the first request (x-inngest-req-version). */
    requestVersion: integer("request_version"),
    output: jsonb("output").$type<unknown>(),
    error: jsonb("error").$type<WorkflowError>(),
    parentRunId: text("parent_run_id"),
    nextAttemptAt: ts("next_attempt_at"),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: ts("lease_expires_at"),
    startedAt: ts("started_at"),
    endedAt: ts("ended_at"),
    createdAt: ts("created_at").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("workflow_runs_due_idx").on(t.nextAttemptAt),
    index("workflow_runs_list_idx").on(t.createdAt, t.id),
    index("workflow_runs_function_idx").on(t.functionId, t.createdAt),
  ],
);

export const workflowSteps = pgTable(
  "workflow_steps",
  {
    runId: text("run_id").notNull(),
    /** The SDK's hashed step id, the key of memoized state. */
    hash: text("hash").notNull(),
    stepId: text("step_id").notNull(),
    name: text("name").notNull(),
    op: text("op").notNull(),
    status: text("status", { enum: workflowStepStatuses }).notNull(),
    attempt: integer("attempt").notNull().default(0),
    opts: jsonb("opts").$type<Record<string, unknown>>(),
    output: jsonb("output").$type<unknown>(),
    error: jsonb("error").$type<WorkflowError>(),
    /** Sleep end, wait/invoke timeout, or when a failed step is retried. */
    wakeAt: ts("wake_at"),
    completionSeq: bigint("completion_seq", { mode: "number" }),
    startedAt: ts("started_at").notNull(),
    endedAt: ts("ended_at"),
  },
  (t) => [primaryKey({ columns: [t.runId, t.hash] })],
);

export const workflowWaits = pgTable(
  "workflow_waits",
  {
    runId: text("run_id").notNull(),
    stepHash: text("step_hash").notNull(),
    kind: text("kind", { enum: ["event", "invoke"] }).notNull(),
    eventName: text("event_name"),
    expression: text("expression"),
    childRunId: text("child_run_id"),
    timeoutAt: ts("timeout_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.stepHash] }),
    index("workflow_waits_event_idx").on(t.eventName),
    uniqueIndex("workflow_waits_child_idx").on(t.childRunId),
  ],
);

export const workflowCrons = pgTable(
  "workflow_crons",
  {
    functionId: text("function_id").notNull(),
    cron: text("cron").notNull(),
    nextFireAt: ts("next_fire_at").notNull(),
    lastFiredAt: ts("last_fired_at"),
  },
  (t) => [primaryKey({ columns: [t.functionId, t.cron] })],
);

/** Markers written by the `system-self-test` function; health and the console look them up. */
export const workflowSelfTestMarkers = pgTable("workflow_self_test_markers", {
  marker: text("marker").primaryKey(),
  runId: text("run_id").notNull(),
  stepCount: integer("step_count").notNull(),
  recordedAt: createdAt(),
});
