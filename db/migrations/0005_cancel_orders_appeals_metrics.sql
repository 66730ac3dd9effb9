CREATE TYPE "public"."appeal_status" AS ENUM('pending', 'upheld', 'overturned');--> statement-breakpoint
CREATE TYPE "public"."cancel_order_status" AS ENUM('pending', 'logistics_pending', 'intercepting', 'interception_failed', 'refund_succeeded', 'rejected', 'closed');--> statement-breakpoint
CREATE TYPE "public"."cancel_reason" AS ENUM('changed_mind', 'ordered_wrong', 'slow_shipping', 'better_price', 'other', 'dispute_direct_refund', 'dispute_interception');--> statement-breakpoint
CREATE TYPE "public"."interception_status" AS ENUM('requested', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"violation_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"status" "appeal_status" NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "cancel_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"status" "cancel_order_status" NOT NULL,
	"reason" "cancel_reason" NOT NULL,
	"request_reason" "cancel_reason",
	"note" text,
	"dispute_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"reject_reason" text,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "logistics_interceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"cancel_order_id" uuid NOT NULL,
	"status" "interception_status" NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"reported_by" text
);
--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "platform_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "liable_party" "liable_party";--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "decided_by" text;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "work_orders" ADD COLUMN "decision_rules" text[];--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "judgment_rules" text[];--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "decided_by" text;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "effective_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cancel_orders" ADD CONSTRAINT "cancel_orders_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cancel_orders" ADD CONSTRAINT "cancel_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cancel_orders" ADD CONSTRAINT "cancel_orders_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cancel_orders" ADD CONSTRAINT "cancel_orders_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_interceptions" ADD CONSTRAINT "logistics_interceptions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logistics_interceptions" ADD CONSTRAINT "logistics_interceptions_cancel_order_id_cancel_orders_id_fk" FOREIGN KEY ("cancel_order_id") REFERENCES "public"."cancel_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_violation_uq" ON "appeals" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "appeals_pending_idx" ON "appeals" USING btree ("submitted_at","id") WHERE "appeals"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "appeals_shop_idx" ON "appeals" USING btree ("shop_id","submitted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "cancel_orders_one_live_uq" ON "cancel_orders" USING btree ("order_id") WHERE "cancel_orders"."status" in ('pending', 'logistics_pending', 'intercepting');--> statement-breakpoint
CREATE INDEX "cancel_orders_shop_idx" ON "cancel_orders" USING btree ("shop_id","requested_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cancel_orders_shop_status_idx" ON "cancel_orders" USING btree ("shop_id","status","requested_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cancel_orders_due_idx" ON "cancel_orders" USING btree ("due_at","id") WHERE "cancel_orders"."status" = 'logistics_pending';--> statement-breakpoint
CREATE INDEX "cancel_orders_consumer_idx" ON "cancel_orders" USING btree ("consumer_id","requested_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cancel_orders_dispute_idx" ON "cancel_orders" USING btree ("dispute_id");--> statement-breakpoint
CREATE UNIQUE INDEX "logistics_interceptions_cancel_uq" ON "logistics_interceptions" USING btree ("cancel_order_id");--> statement-breakpoint
CREATE INDEX "logistics_interceptions_status_idx" ON "logistics_interceptions" USING btree ("status","requested_at");--> statement-breakpoint
CREATE INDEX "work_orders_platform_idx" ON "work_orders" USING btree ("platform_since","id") WHERE "work_orders"."status" in ('reviewing', 'judging');--> statement-breakpoint
CREATE INDEX "work_orders_shop_decided_idx" ON "work_orders" USING btree ("shop_id","decided_at") WHERE "work_orders"."decided_at" is not null;--> statement-breakpoint
CREATE INDEX "disputes_shop_judged_idx" ON "disputes" USING btree ("shop_id","judged_at") WHERE "disputes"."judged_at" is not null;--> statement-breakpoint
CREATE INDEX "violations_shop_effective_idx" ON "violations" USING btree ("shop_id","effective_at") WHERE "violations"."status" = 'effective';