CREATE TYPE "public"."role" AS ENUM('admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."workspace_environment" AS ENUM('development', 'production');--> statement-breakpoint
CREATE SEQUENCE "public"."workflow_step_completion_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "access_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"video_read" boolean DEFAULT true NOT NULL,
	"video_write" boolean DEFAULT false NOT NULL,
	"data_read" boolean DEFAULT false NOT NULL,
	"system" boolean DEFAULT false NOT NULL,
	"created_by_user_id" text,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_members" (
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" "role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_members_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"password_hash" text NOT NULL,
	"is_operator" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "workspace_members" (
	"workspace_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" "role" DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_members_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"environment" "workspace_environment" DEFAULT 'development' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_instances" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"hostname" text NOT NULL,
	"pid" text NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "asset_renditions" (
	"id" text PRIMARY KEY NOT NULL,
	"asset_id" text NOT NULL,
	"workspace_id" text NOT NULL,
	"kind" text DEFAULT 'hls' NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"width" integer,
	"height" integer,
	"frame_rate" double precision,
	"bitrate" integer,
	"average_bitrate" integer,
	"codecs" text,
	"passthrough" boolean DEFAULT false NOT NULL,
	"storage_key" text,
	"file_size" bigint,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"status" text DEFAULT 'preparing' NOT NULL,
	"errors" jsonb,
	"passthrough" text,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"video_quality" text DEFAULT 'plus' NOT NULL,
	"source_key" text,
	"source_size" bigint,
	"input_info" jsonb,
	"duration" double precision,
	"aspect_ratio" text,
	"max_width" integer,
	"max_height" integer,
	"max_frame_rate" double precision,
	"has_video" boolean,
	"has_audio" boolean,
	"progress" jsonb DEFAULT '{"state":"ingesting","percent":0,"renditions":{}}'::jsonb NOT NULL,
	"upload_id" text,
	"live_stream_id" text,
	"source_asset_id" text,
	"ready_at" timestamp with time zone,
	"master_access_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playback_ids" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"asset_id" text,
	"live_stream_id" text,
	"policy" text NOT NULL,
	"playback_restriction_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playback_restrictions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"referrer" jsonb NOT NULL,
	"user_agent" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"public_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"cors_origin" text,
	"new_asset_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"timeout_seconds" integer DEFAULT 3600 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"test" boolean DEFAULT false NOT NULL,
	"asset_id" text,
	"error" jsonb,
	"bytes_received" bigint DEFAULT 0 NOT NULL,
	"total_size" bigint,
	"storage_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"delivery_id" text NOT NULL,
	"attempt" integer NOT NULL,
	"address" text NOT NULL,
	"status_code" integer,
	"latency_ms" integer NOT NULL,
	"response_snippet" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"endpoint_id" text NOT NULL,
	"event_id" text NOT NULL,
	"event_seq" bigint NOT NULL,
	"object_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_status_code" integer,
	"last_latency_ms" integer,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"replay_of" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"url" text NOT NULL,
	"description" text,
	"events" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"secret" text NOT NULL,
	"failure_streak" integer DEFAULT 0 NOT NULL,
	"failing_since" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"disabled_reason" text,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"workspace_id" text NOT NULL,
	"type" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"dispatched_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beacon_events" (
	"workspace_id" text NOT NULL,
	"view_id" text NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"event_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"playhead_ms" double precision,
	"bitrate" integer,
	"rendition_width" integer,
	"rendition_height" integer,
	"error_code" text,
	"error_message" text,
	"dimensions" jsonb,
	CONSTRAINT "beacon_events_view_id_seq_pk" PRIMARY KEY("view_id","seq")
);
--> statement-breakpoint
CREATE TABLE "video_view_rollups_hourly" (
	"workspace_id" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"browser_name" text DEFAULT '' NOT NULL,
	"os_name" text DEFAULT '' NOT NULL,
	"device_type" text DEFAULT '' NOT NULL,
	"country" text DEFAULT '' NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"watch_time_ms" double precision DEFAULT 0 NOT NULL,
	"playing_time_ms" double precision DEFAULT 0 NOT NULL,
	"video_startup_time_sum" double precision DEFAULT 0 NOT NULL,
	"video_startup_time_count" integer DEFAULT 0 NOT NULL,
	"player_startup_time_sum" double precision DEFAULT 0 NOT NULL,
	"player_startup_time_count" integer DEFAULT 0 NOT NULL,
	"page_load_time_sum" double precision DEFAULT 0 NOT NULL,
	"page_load_time_count" integer DEFAULT 0 NOT NULL,
	"rebuffer_count" integer DEFAULT 0 NOT NULL,
	"rebuffer_duration_ms" double precision DEFAULT 0 NOT NULL,
	"seek_count" integer DEFAULT 0 NOT NULL,
	"seek_latency_total_ms" double precision DEFAULT 0 NOT NULL,
	"bitrate_sum" double precision DEFAULT 0 NOT NULL,
	"bitrate_count" integer DEFAULT 0 NOT NULL,
	"upscale_sum" double precision DEFAULT 0 NOT NULL,
	"downscale_sum" double precision DEFAULT 0 NOT NULL,
	"scale_count" integer DEFAULT 0 NOT NULL,
	"playback_failures" integer DEFAULT 0 NOT NULL,
	"startup_failures" integer DEFAULT 0 NOT NULL,
	"exits_before_video_start" integer DEFAULT 0 NOT NULL,
	"startup_time_score_sum" double precision DEFAULT 0 NOT NULL,
	"startup_time_score_count" integer DEFAULT 0 NOT NULL,
	"smoothness_score_sum" double precision DEFAULT 0 NOT NULL,
	"smoothness_score_count" integer DEFAULT 0 NOT NULL,
	"video_quality_score_sum" double precision DEFAULT 0 NOT NULL,
	"video_quality_score_count" integer DEFAULT 0 NOT NULL,
	"playback_success_score_sum" double precision DEFAULT 0 NOT NULL,
	"playback_success_score_count" integer DEFAULT 0 NOT NULL,
	"viewer_experience_score_sum" double precision DEFAULT 0 NOT NULL,
	"viewer_experience_score_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "video_view_rollups_hourly_workspace_id_bucket_browser_name_os_name_device_type_country_pk" PRIMARY KEY("workspace_id","bucket","browser_name","os_name","device_type","country")
);
--> statement-breakpoint
CREATE TABLE "video_views" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"event_count" integer DEFAULT 0 NOT NULL,
	"last_seq" integer DEFAULT -1 NOT NULL,
	"state" jsonb NOT NULL,
	"browser_name" text,
	"browser_version" text,
	"os_name" text,
	"os_version" text,
	"device_name" text,
	"device_model" text,
	"device_type" text,
	"device_manufacturer" text,
	"player_remote_played" boolean,
	"player_name" text,
	"player_version" text,
	"player_software" text,
	"player_software_version" text,
	"player_resolution" text,
	"sdk_name" text,
	"sdk_version" text,
	"player_autoplay" boolean,
	"player_preload" boolean,
	"video_title" text,
	"video_id" text,
	"video_series" text,
	"playback_id" text,
	"live_stream_id" text,
	"asset_id" text,
	"video_stream_type" text,
	"video_source_type" text,
	"video_encoding_variant" text,
	"experiment_name" text,
	"sub_property_id" text,
	"drm_type" text,
	"asn_name" text,
	"cdn" text,
	"video_source_hostname" text,
	"connection_type" text,
	"view_session_id" text,
	"continent" text,
	"country" text,
	"region" text,
	"viewer_id" text,
	"error_code" text,
	"error_message" text,
	"video_content_type" text,
	"page_type" text,
	"page_url" text,
	"page_hostname" text,
	"custom_1" text,
	"custom_2" text,
	"custom_3" text,
	"custom_4" text,
	"custom_5" text,
	"custom_6" text,
	"custom_7" text,
	"custom_8" text,
	"custom_9" text,
	"custom_10" text,
	"exit_before_video_start" boolean DEFAULT false NOT NULL,
	"view_has_ad" boolean DEFAULT false NOT NULL,
	"video_startup_failed" boolean DEFAULT false NOT NULL,
	"playback_failed" boolean DEFAULT false NOT NULL,
	"watch_time_ms" double precision DEFAULT 0 NOT NULL,
	"playing_time_ms" double precision DEFAULT 0 NOT NULL,
	"video_startup_time_ms" double precision,
	"player_startup_time_ms" double precision,
	"page_load_time_ms" double precision,
	"rebuffer_count" integer DEFAULT 0 NOT NULL,
	"rebuffer_duration_ms" double precision DEFAULT 0 NOT NULL,
	"rebuffer_percentage" double precision,
	"rebuffer_frequency" double precision,
	"seek_count" integer DEFAULT 0 NOT NULL,
	"seek_latency_total_ms" double precision DEFAULT 0 NOT NULL,
	"average_bitrate" double precision,
	"upscale_percentage" double precision,
	"downscale_percentage" double precision,
	"max_upscale_percentage" double precision,
	"startup_time_score" double precision,
	"smoothness_score" double precision,
	"video_quality_score" double precision,
	"playback_success_score" double precision,
	"viewer_experience_score" double precision
);
--> statement-breakpoint
CREATE TABLE "api_idempotency_keys" (
	"token_id" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer,
	"headers" jsonb,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_idempotency_keys_token_id_key_pk" PRIMARY KEY("token_id","key")
);
--> statement-breakpoint
CREATE TABLE "api_rate_limit_windows" (
	"token_id" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "api_rate_limit_windows_token_id_window_start_pk" PRIMARY KEY("token_id","window_start")
);
--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_members" ADD CONSTRAINT "workspace_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_members" ADD CONSTRAINT "workspace_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_jobs" ADD CONSTRAINT "media_jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_renditions" ADD CONSTRAINT "asset_renditions_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_renditions" ADD CONSTRAINT "asset_renditions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playback_ids" ADD CONSTRAINT "playback_ids_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playback_ids" ADD CONSTRAINT "playback_ids_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playback_restrictions" ADD CONSTRAINT "playback_restrictions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_keys" ADD CONSTRAINT "signing_keys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_webhook_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."webhook_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_views" ADD CONSTRAINT "video_views_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_idempotency_keys" ADD CONSTRAINT "api_idempotency_keys_token_id_access_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."access_tokens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_rate_limit_windows" ADD CONSTRAINT "api_rate_limit_windows_token_id_access_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."access_tokens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_tokens_workspace_idx" ON "access_tokens" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "organization_members_user_idx" ON "organization_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "workspace_members_user_idx" ON "workspace_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_org_name_idx" ON "workspaces" USING btree ("organization_id","name");--> statement-breakpoint
CREATE INDEX "service_instances_kind_seen_idx" ON "service_instances" USING btree ("kind","last_seen_at");--> statement-breakpoint
CREATE INDEX "workflow_events_name_idx" ON "workflow_events" USING btree ("name","received_at");--> statement-breakpoint
CREATE INDEX "workflow_runs_due_idx" ON "workflow_runs" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "workflow_runs_list_idx" ON "workflow_runs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "workflow_runs_function_idx" ON "workflow_runs" USING btree ("function_id","created_at");--> statement-breakpoint
CREATE INDEX "workflow_waits_event_idx" ON "workflow_waits" USING btree ("event_name");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_waits_child_idx" ON "workflow_waits" USING btree ("child_run_id");--> statement-breakpoint
CREATE INDEX "media_jobs_claim_idx" ON "media_jobs" USING btree ("status","run_after","created_at");--> statement-breakpoint
CREATE INDEX "media_jobs_lease_idx" ON "media_jobs" USING btree ("lease_expires_at") WHERE "media_jobs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "media_jobs_workspace_idx" ON "media_jobs" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "media_jobs_run_idx" ON "media_jobs" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "media_jobs_correlation_idx" ON "media_jobs" USING btree ("correlation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "asset_renditions_asset_kind_name_idx" ON "asset_renditions" USING btree ("asset_id","kind","name");--> statement-breakpoint
CREATE INDEX "assets_workspace_created_idx" ON "assets" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "assets_workspace_status_idx" ON "assets" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "playback_ids_asset_idx" ON "playback_ids" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "uploads_workspace_created_idx" ON "uploads" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts" USING btree ("delivery_id","attempt");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_order_idx" ON "webhook_deliveries" USING btree ("endpoint_id","object_id","status","event_seq");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_workspace_idx" ON "webhook_endpoints" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_events_dedupe_idx" ON "webhook_events" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "webhook_events_object_idx" ON "webhook_events" USING btree ("workspace_id","object_id","seq");--> statement-breakpoint
CREATE INDEX "video_views_workspace_started_idx" ON "video_views" USING btree ("workspace_id","started_at");--> statement-breakpoint
CREATE INDEX "video_views_workspace_last_event_idx" ON "video_views" USING btree ("workspace_id","last_event_at");--> statement-breakpoint
CREATE INDEX "video_views_workspace_playback_idx" ON "video_views" USING btree ("workspace_id","playback_id","started_at");--> statement-breakpoint
CREATE INDEX "video_views_workspace_asset_idx" ON "video_views" USING btree ("workspace_id","asset_id","started_at");--> statement-breakpoint
CREATE INDEX "video_views_workspace_error_idx" ON "video_views" USING btree ("workspace_id","error_code","started_at") WHERE "video_views"."error_code" is not null;--> statement-breakpoint
CREATE INDEX "api_idempotency_keys_created_idx" ON "api_idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "api_rate_limit_windows_start_idx" ON "api_rate_limit_windows" USING btree ("window_start");