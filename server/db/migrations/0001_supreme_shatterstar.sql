CREATE SEQUENCE "public"."workflow_step_completion_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "workflow_crons" (
	"function_id" text NOT NULL,
	"cron" text NOT NULL,
	"next_fire_at" timestamp with time zone NOT NULL,
	"last_fired_at" timestamp with time zone,
	CONSTRAINT "workflow_crons_function_id_cron_pk" PRIMARY KEY("function_id","cron")
);
--> statement-breakpoint
CREATE TABLE "workflow_events" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_functions" (
	"id" text PRIMARY KEY NOT NULL,
	"app_id" text NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"triggers" jsonb NOT NULL,
	"retries" integer NOT NULL,
	"config" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"function_id" text NOT NULL,
	"event_id" text NOT NULL,
	"event_name" text NOT NULL,
	"event" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"needs_discovery" boolean DEFAULT true NOT NULL,
	"request_version" integer,
	"output" jsonb,
	"error" jsonb,
	"parent_run_id" text,
	"next_attempt_at" timestamp with time zone,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_self_test_markers" (
	"marker" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"step_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_steps" (
	"run_id" text NOT NULL,
	"hash" text NOT NULL,
	"step_id" text NOT NULL,
	"name" text NOT NULL,
	"op" text NOT NULL,
	"status" text NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"opts" jsonb,
	"output" jsonb,
	"error" jsonb,
	"wake_at" timestamp with time zone,
	"completion_seq" bigint,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "workflow_steps_run_id_hash_pk" PRIMARY KEY("run_id","hash")
);
--> statement-breakpoint
CREATE TABLE "workflow_waits" (
	"run_id" text NOT NULL,
	"step_hash" text NOT NULL,
	"kind" text NOT NULL,
	"event_name" text,
	"expression" text,
	"child_run_id" text,
	"timeout_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workflow_waits_run_id_step_hash_pk" PRIMARY KEY("run_id","step_hash")
);
--> statement-breakpoint
CREATE INDEX "workflow_events_name_idx" ON "workflow_events" USING btree ("name","received_at");--> statement-breakpoint
CREATE INDEX "workflow_runs_due_idx" ON "workflow_runs" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "workflow_runs_list_idx" ON "workflow_runs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "workflow_runs_function_idx" ON "workflow_runs" USING btree ("function_id","created_at");--> statement-breakpoint
CREATE INDEX "workflow_waits_event_idx" ON "workflow_waits" USING btree ("event_name");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_waits_child_idx" ON "workflow_waits" USING btree ("child_run_id");