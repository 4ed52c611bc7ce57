import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/** Long-running processes (web, worker, workflow runtime) announce themselves here; health reads it. */
export const serviceInstances = pgTable(
  "service_instances",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["web", "worker", "workflows"] }).notNull(),
    hostname: text("hostname").notNull(),
    pid: text("pid").notNull(),
    meta: jsonb("meta").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    startedAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("service_instances_kind_seen_idx").on(t.kind, t.lastSeenAt)],
);
