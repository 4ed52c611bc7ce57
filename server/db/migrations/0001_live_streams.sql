CREATE TABLE "live_stream_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"live_stream_id" text NOT NULL,
	"workspace_id" text NOT NULL,
	"asset_id" text,
	"status" text DEFAULT 'live' NOT NULL,
	"connection_count" integer DEFAULT 0 NOT NULL,
	"recording_keys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duration" double precision DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_connected_at" timestamp with time zone,
	"last_disconnected_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_streams" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"stream_key" text NOT NULL,
	"status" text DEFAULT 'idle' NOT NULL,
	"latency_mode" text DEFAULT 'standard' NOT NULL,
	"reconnect_window" double precision DEFAULT 60 NOT NULL,
	"max_continuous_duration" integer DEFAULT 43200 NOT NULL,
	"new_asset_settings" jsonb,
	"passthrough" text,
	"test" boolean DEFAULT false NOT NULL,
	"active_session_id" text,
	"active_asset_id" text,
	"active_ingest_protocol" text,
	"origin_url" text,
	"connected_at" timestamp with time zone,
	"disconnected_at" timestamp with time zone,
	"health" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "simulcast_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"live_stream_id" text NOT NULL,
	"workspace_id" text NOT NULL,
	"url" text NOT NULL,
	"stream_key" text,
	"passthrough" text,
	"status" text DEFAULT 'idle' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "live_stream_sessions" ADD CONSTRAINT "live_stream_sessions_live_stream_id_live_streams_id_fk" FOREIGN KEY ("live_stream_id") REFERENCES "public"."live_streams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_stream_sessions" ADD CONSTRAINT "live_stream_sessions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_streams" ADD CONSTRAINT "live_streams_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulcast_targets" ADD CONSTRAINT "simulcast_targets_live_stream_id_live_streams_id_fk" FOREIGN KEY ("live_stream_id") REFERENCES "public"."live_streams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulcast_targets" ADD CONSTRAINT "simulcast_targets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_stream_sessions_stream_idx" ON "live_stream_sessions" USING btree ("live_stream_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "live_streams_stream_key_idx" ON "live_streams" USING btree ("stream_key");--> statement-breakpoint
CREATE INDEX "live_streams_workspace_created_idx" ON "live_streams" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "simulcast_targets_stream_idx" ON "simulcast_targets" USING btree ("live_stream_id");