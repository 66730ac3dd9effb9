CREATE TABLE "policy_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"version" integer NOT NULL,
	"author_id" text NOT NULL,
	"approved_by" text NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "policy_approvals_four_eyes" CHECK ("policy_approvals"."author_id" <> "policy_approvals"."approved_by")
);
--> statement-breakpoint
CREATE TABLE "policy_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_id" text NOT NULL,
	"base_version" integer NOT NULL,
	"policy" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_version" integer
);
--> statement-breakpoint
CREATE TABLE "policy_epoch" (
	"id" integer PRIMARY KEY NOT NULL,
	"epoch" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"shop_id" uuid NOT NULL,
	"policy_id" text NOT NULL,
	"version" integer NOT NULL,
	"from_version" integer NOT NULL,
	"kind" text NOT NULL,
	"changes" jsonb NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_rollout_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"policy_id" text NOT NULL,
	"action" text NOT NULL,
	"target_version" integer NOT NULL,
	"previous_version" integer NOT NULL,
	"percentage" integer NOT NULL,
	"shop_ids" uuid[] NOT NULL,
	"state" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_rollouts" (
	"policy_id" text PRIMARY KEY NOT NULL,
	"target_version" integer NOT NULL,
	"previous_version" integer NOT NULL,
	"percentage" integer NOT NULL,
	"shop_ids" uuid[] NOT NULL,
	"state" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "policy_rollouts_percentage" CHECK ("policy_rollouts"."percentage" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_id" text NOT NULL,
	"version" integer NOT NULL,
	"policy" jsonb NOT NULL,
	"draft_id" uuid NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"approved_by" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "policy_versions_four_eyes" CHECK ("policy_versions"."created_by" <> "policy_versions"."approved_by")
);
--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "policy_reason" jsonb DEFAULT '{"code":"baseline"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "platform_deadline_policy_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "violation_rule_policy_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "policy_reason" jsonb DEFAULT '{"code":"baseline"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "platform_deadline_policy_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "violation_rule_policy_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_orders" ADD COLUMN "policy_reason" jsonb DEFAULT '{"code":"baseline"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "policy_reason" jsonb DEFAULT '{"code":"baseline"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_approvals" ADD CONSTRAINT "policy_approvals_draft_id_policy_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."policy_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_notices" ADD CONSTRAINT "policy_notices_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "policy_approvals_draft_uq" ON "policy_approvals" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "policy_drafts_policy_idx" ON "policy_drafts" USING btree ("policy_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "policy_notices_shop_idx" ON "policy_notices" USING btree ("shop_id","seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "policy_rollout_events_policy_idx" ON "policy_rollout_events" USING btree ("policy_id","seq" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_uq" ON "policy_versions" USING btree ("policy_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_draft_uq" ON "policy_versions" USING btree ("draft_id");--> statement-breakpoint
INSERT INTO "policy_epoch" ("id", "epoch") VALUES (1, 0) ON CONFLICT DO NOTHING;
