CREATE TYPE "public"."invoice_obligation_source" AS ENUM('judgment', 'settlement');--> statement-breakpoint
CREATE TYPE "public"."invoice_obligation_status" AS ENUM('open', 'fulfilled', 'broken');--> statement-breakpoint
CREATE TYPE "public"."refund_cause" AS ENUM('judgment', 'work_order_decision', 'timeout', 'settlement_plan', 'cancel_review', 'interception');--> statement-breakpoint
ALTER TYPE "public"."violation_source_type" ADD VALUE 'evidence_item';--> statement-breakpoint
CREATE TABLE "rate_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_obligations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"invoice_request_id" uuid NOT NULL,
	"dispute_id" uuid NOT NULL,
	"source" "invoice_obligation_source" NOT NULL,
	"invoicing_party" "invoicing_party" NOT NULL,
	"status" "invoice_obligation_status" NOT NULL,
	"due_day" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"invoice_no" text
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sweep_failures" (
	"task" text NOT NULL,
	"record_id" uuid NOT NULL,
	"record_type" "audited_record_type" NOT NULL,
	"attempts" integer NOT NULL,
	"last_error" text NOT NULL,
	"first_failed_at" timestamp with time zone NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sweep_failures_pk" PRIMARY KEY("task","record_id")
);
--> statement-breakpoint
ALTER TABLE "refunds" ALTER COLUMN "reason" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "violations" ALTER COLUMN "reason" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "delisting_requests" ALTER COLUMN "reason" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "cause" "refund_cause";--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "reason_message" jsonb;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "reason_message" jsonb;--> statement-breakpoint
ALTER TABLE "delisting_requests" ADD COLUMN "reason_message" jsonb;--> statement-breakpoint
ALTER TABLE "cancel_orders" ADD COLUMN "note_message" jsonb;--> statement-breakpoint
ALTER TABLE "cancel_orders" ADD COLUMN "review_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invoice_obligations" ADD CONSTRAINT "invoice_obligations_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_obligations" ADD CONSTRAINT "invoice_obligations_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_obligations" ADD CONSTRAINT "invoice_obligations_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_obligations" ADD CONSTRAINT "invoice_obligations_invoice_request_id_invoice_requests_id_fk" FOREIGN KEY ("invoice_request_id") REFERENCES "public"."invoice_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_obligations" ADD CONSTRAINT "invoice_obligations_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_counters_expires_at_idx" ON "rate_counters" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_obligations_dispute_uq" ON "invoice_obligations" USING btree ("dispute_id");--> statement-breakpoint
CREATE INDEX "invoice_obligations_due_idx" ON "invoice_obligations" USING btree ("due_at","id") WHERE "invoice_obligations"."status" = 'open';--> statement-breakpoint
CREATE INDEX "invoice_obligations_order_idx" ON "invoice_obligations" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_scope_key_uq" ON "idempotency_keys" USING btree ("scope","key");--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sweep_failures_stuck_idx" ON "sweep_failures" USING btree ("first_failed_at","task","record_id") WHERE "sweep_failures"."attempts" >= 3;