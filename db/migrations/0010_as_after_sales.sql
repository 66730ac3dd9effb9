CREATE TYPE "public"."after_sales_reason" AS ENUM('no_reason_7d', 'quality_issue', 'damaged', 'wrong_item', 'missing_parts', 'other');--> statement-breakpoint
CREATE TYPE "public"."deadline_outcome" AS ENUM('met', 'missed', 'void');--> statement-breakpoint
CREATE TYPE "public"."deadline_party" AS ENUM('merchant', 'consumer', 'platform', 'carrier');--> statement-breakpoint
CREATE TYPE "public"."proposal_kind" AS ENUM('change_result', 'reject', 'deduction');--> statement-breakpoint
CREATE TYPE "public"."proposal_stage" AS ENUM('review', 'processing', 'repair');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('pending', 'accepted', 'refused', 'lapsed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."receipt_recorder" AS ENUM('merchant', 'system', 'platform');--> statement-breakpoint
CREATE TYPE "public"."repair_mode" AS ENUM('on_site', 'send_in');--> statement-breakpoint
CREATE TYPE "public"."service_close_reason" AS ENUM('withdrawn', 'return_not_shipped', 'rejected_with_consent', 'review_timeout', 'platform_decision');--> statement-breakpoint
CREATE TYPE "public"."service_deadline_kind" AS ENUM('review', 'return_shipment', 'return_arrival', 'processing', 'repair', 'on_site', 'completion_check', 'consent', 'platform');--> statement-breakpoint
CREATE TYPE "public"."service_order_status" AS ENUM('pending_review', 'awaiting_return', 'awaiting_receipt', 'awaiting_processing', 'repairing', 'awaiting_visit', 'visit_scheduled', 'completion_check', 'awaiting_consumer', 'platform_review', 'completed', 'closed');--> statement-breakpoint
CREATE TYPE "public"."service_result" AS ENUM('refund', 'exchange_new', 'return_original', 'offline_exchange');--> statement-breakpoint
CREATE TYPE "public"."service_type" AS ENUM('return', 'exchange', 'repair', 'installation', 'setup', 'training');--> statement-breakpoint
ALTER TYPE "public"."refund_cause" ADD VALUE 'after_sales';--> statement-breakpoint
ALTER TYPE "public"."refund_cause" ADD VALUE 'flash_refund';--> statement-breakpoint
ALTER TYPE "public"."violation_source_type" ADD VALUE 'service_order';--> statement-breakpoint
CREATE TABLE "service_order_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_order_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"kind" "service_deadline_kind" NOT NULL,
	"party" "deadline_party" NOT NULL,
	"policy_version" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"settled_at" timestamp with time zone,
	"outcome" "deadline_outcome"
);
--> statement-breakpoint
CREATE TABLE "service_order_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_order_id" uuid NOT NULL,
	"order_item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"received_quantity" integer,
	"damaged_quantity" integer,
	"live" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_order_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_order_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"kind" "proposal_kind" NOT NULL,
	"stage" "proposal_stage" NOT NULL,
	"status" "proposal_status" NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"paused_ms_left" bigint NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"refusal_reason" text
);
--> statement-breakpoint
CREATE TABLE "service_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"service_no" text NOT NULL,
	"type" "service_type" NOT NULL,
	"repair_mode" "repair_mode",
	"reason" "after_sales_reason" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "service_order_status" NOT NULL,
	"policy_id" text NOT NULL,
	"policy_version" integer NOT NULL,
	"platform_deadline_policy_version" integer NOT NULL,
	"violation_rule_policy_version" integer NOT NULL,
	"services" jsonb NOT NULL,
	"requested_result" "service_result",
	"agreed_result" "service_result",
	"applied_at" timestamp with time zone NOT NULL,
	"review_opinion" text,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"return_carrier" text,
	"return_tracking_no" text,
	"shipped_at" timestamp with time zone,
	"flash_refunded_at" timestamp with time zone,
	"return_missing_flagged_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"received_by" "receipt_recorder",
	"received_by_user" text,
	"visit_from" timestamp with time zone,
	"visit_to" timestamp with time zone,
	"visit_recorded_at" timestamp with time zone,
	"completion_disputed_at" timestamp with time zone,
	"processed_result" "service_result",
	"processed_at" timestamp with time zone,
	"processed_by" text,
	"result_carrier" text,
	"result_tracking_no" text,
	"refund_fen" integer,
	"goods_deduction_fen" integer DEFAULT 0 NOT NULL,
	"shipping_deduction_fen" integer DEFAULT 0 NOT NULL,
	"platform_since" timestamp with time zone,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"decision_rules" text[],
	"completed_at" timestamp with time zone,
	"close_reason" "service_close_reason",
	"closed_at" timestamp with time zone,
	"due_kind" "service_deadline_kind",
	"due_at" timestamp with time zone,
	"due_handled_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "shop_services" (
	"shop_id" uuid PRIMARY KEY NOT NULL,
	"fast_review" boolean DEFAULT false NOT NULL,
	"flash_refund" boolean DEFAULT false NOT NULL,
	"shipping_insurance" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "warranty_days" integer;--> statement-breakpoint
ALTER TABLE "service_order_deadlines" ADD CONSTRAINT "service_order_deadlines_service_order_id_service_orders_id_fk" FOREIGN KEY ("service_order_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_deadlines" ADD CONSTRAINT "service_order_deadlines_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_items" ADD CONSTRAINT "service_order_items_service_order_id_service_orders_id_fk" FOREIGN KEY ("service_order_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_items" ADD CONSTRAINT "service_order_items_order_item_id_order_items_id_fk" FOREIGN KEY ("order_item_id") REFERENCES "public"."order_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_proposals" ADD CONSTRAINT "service_order_proposals_service_order_id_service_orders_id_fk" FOREIGN KEY ("service_order_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_proposals" ADD CONSTRAINT "service_order_proposals_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_services" ADD CONSTRAINT "shop_services_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_order_deadlines_record_idx" ON "service_order_deadlines" USING btree ("service_order_id","started_at");--> statement-breakpoint
CREATE INDEX "service_order_deadlines_shop_settled_idx" ON "service_order_deadlines" USING btree ("shop_id","settled_at") WHERE "service_order_deadlines"."party" = 'merchant' and "service_order_deadlines"."outcome" in ('met', 'missed');--> statement-breakpoint
CREATE UNIQUE INDEX "service_order_items_one_live_uq" ON "service_order_items" USING btree ("order_item_id") WHERE "service_order_items"."live";--> statement-breakpoint
CREATE UNIQUE INDEX "service_order_items_item_uq" ON "service_order_items" USING btree ("service_order_id","order_item_id");--> statement-breakpoint
CREATE INDEX "service_order_items_order_item_idx" ON "service_order_items" USING btree ("order_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_order_proposals_one_pending_uq" ON "service_order_proposals" USING btree ("service_order_id") WHERE "service_order_proposals"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "service_order_proposals_kind_stage_uq" ON "service_order_proposals" USING btree ("service_order_id","kind","stage");--> statement-breakpoint
CREATE INDEX "service_order_proposals_due_idx" ON "service_order_proposals" USING btree ("due_at","id") WHERE "service_order_proposals"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "service_orders_no_uq" ON "service_orders" USING btree ("service_no");--> statement-breakpoint
CREATE INDEX "service_orders_shop_status_due_idx" ON "service_orders" USING btree ("shop_id","status","due_at","id");--> statement-breakpoint
CREATE INDEX "service_orders_queue_idx" ON "service_orders" USING btree ("shop_id","due_at","id") WHERE "service_orders"."status" in ('pending_review', 'awaiting_return', 'awaiting_receipt', 'awaiting_processing', 'repairing', 'awaiting_visit', 'visit_scheduled', 'completion_check', 'awaiting_consumer', 'platform_review') and "service_orders"."due_kind" in ('review', 'processing', 'repair', 'on_site');--> statement-breakpoint
CREATE INDEX "service_orders_due_idx" ON "service_orders" USING btree ("due_at","id") WHERE "service_orders"."status" in ('pending_review', 'awaiting_return', 'awaiting_receipt', 'awaiting_processing', 'repairing', 'awaiting_visit', 'visit_scheduled', 'completion_check', 'awaiting_consumer', 'platform_review') and "service_orders"."due_at" is not null and "service_orders"."due_handled_at" is null;--> statement-breakpoint
CREATE INDEX "service_orders_shop_applied_idx" ON "service_orders" USING btree ("shop_id","applied_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "service_orders_consumer_idx" ON "service_orders" USING btree ("consumer_id","applied_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "service_orders_order_idx" ON "service_orders" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "service_orders_platform_idx" ON "service_orders" USING btree ("platform_since","id") WHERE "service_orders"."status" = 'platform_review';