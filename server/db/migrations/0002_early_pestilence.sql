CREATE TABLE "media_jobs" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"input" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 3 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"result" jsonb,
	"error" text,
	"error_detail" text,
	"failure_kind" text,
	"workspace_id" text,
	"run_id" text,
	"correlation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "media_jobs_progress_range" CHECK ("media_jobs"."progress" >= 0 and "media_jobs"."progress" <= 100)
);
--> statement-breakpoint
ALTER TABLE "media_jobs" ADD CONSTRAINT "media_jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_jobs_claim_idx" ON "media_jobs" USING btree ("status","run_after","created_at");--> statement-breakpoint
CREATE INDEX "media_jobs_lease_idx" ON "media_jobs" USING btree ("lease_expires_at") WHERE "media_jobs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "media_jobs_workspace_idx" ON "media_jobs" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "media_jobs_run_idx" ON "media_jobs" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "media_jobs_correlation_idx" ON "media_jobs" USING btree ("correlation_id");