CREATE TYPE "public"."dispute_scenario" AS ENUM('invoice_refused', 'invoice_urged', 'order_cancel');--> statement-breakpoint
CREATE TYPE "public"."dispute_status" AS ENUM('awaiting_merchant', 'awaiting_consumer', 'platform_judging', 'settled', 'judged');--> statement-breakpoint
CREATE TYPE "public"."file_kind" AS ENUM('pdf', 'ofd', 'jpeg', 'png', 'webp');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('requested', 'issued', 'refused');--> statement-breakpoint
CREATE TYPE "public"."invoice_type" AS ENUM('electronic_normal', 'vat_special');--> statement-breakpoint
CREATE TYPE "public"."invoicing_party" AS ENUM('merchant', 'platform');--> statement-breakpoint
CREATE TYPE "public"."liable_party" AS ENUM('merchant', 'consumer', 'platform', 'none');--> statement-breakpoint
CREATE TYPE "public"."remedy_kind" AS ENUM('refund', 'compensation', 'none');--> statement-breakpoint
CREATE TYPE "public"."violation_source_type" AS ENUM('work_order', 'dispute', 'admin');--> statement-breakpoint
CREATE TYPE "public"."violation_status" AS ENUM('pending', 'appealed', 'effective', 'overturned');--> statement-breakpoint
CREATE TYPE "public"."work_order_status" AS ENUM('open', 'promised', 'resolved', 'expired', 'broken', 'reviewing', 'judging');--> statement-breakpoint
CREATE TYPE "public"."work_order_type" AS ENUM('urge_invoice', 'not_received', 'missing_items', 'collaborative');--> statement-breakpoint
CREATE TABLE "evidence_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid,
	"record_type" "audited_record_type" NOT NULL,
	"record_id" uuid NOT NULL,
	"slot" text NOT NULL,
	"file_id" uuid NOT NULL,
	"submitted" boolean DEFAULT false NOT NULL,
	"invalid_reason" text,
	"invalidated_by" text,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uploaded_by" text NOT NULL,
	"shop_id" uuid,
	"original_name" text NOT NULL,
	"kind" "file_kind" NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"width" integer,
	"height" integer,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"status" "invoice_status" NOT NULL,
	"invoicing_party" "invoicing_party" NOT NULL,
	"invoice_type" "invoice_type" NOT NULL,
	"title" text NOT NULL,
	"tax_id" text,
	"supplementary" boolean NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone,
	"invoice_no" text,
	"invoice_file_id" uuid,
	"refused_at" timestamp with time zone,
	"refuse_reason" text,
	"decided_by" text
);
--> statement-breakpoint
CREATE TABLE "work_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"type" "work_order_type" NOT NULL,
	"status" "work_order_status" NOT NULL,
	"routed_to" "invoicing_party" NOT NULL,
	"invoice_request_id" uuid,
	"policy_id" text NOT NULL,
	"policy_version" integer NOT NULL,
	"claim" text,
	"opened_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"replied_at" timestamp with time zone,
	"replied_by" text,
	"reply_on_time" boolean,
	"reply" jsonb,
	"closed_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"scenario" "dispute_scenario" NOT NULL,
	"status" "dispute_status" NOT NULL,
	"responsible_party" "invoicing_party" NOT NULL,
	"invoice_request_id" uuid,
	"work_order_id" uuid,
	"policy_id" text NOT NULL,
	"policy_version" integer NOT NULL,
	"claim" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"plan_key" text,
	"plan_kind" text,
	"plan_payload" jsonb,
	"evidence_reason" text,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"evidence_given_up" boolean DEFAULT false NOT NULL,
	"consumer_response" text,
	"consumer_responded_at" timestamp with time zone,
	"rejection_reason" text,
	"judging_since" timestamp with time zone,
	"liable_party" "liable_party",
	"remedy" "remedy_kind",
	"remedy_amount_fen" integer,
	"judgment_reason" text,
	"judged_by" text,
	"judged_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"source_type" "violation_source_type" NOT NULL,
	"source_id" uuid,
	"rule" text NOT NULL,
	"points" integer NOT NULL,
	"reason" text NOT NULL,
	"status" "violation_status" NOT NULL,
	"raised_by" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_requests" ADD CONSTRAINT "invoice_requests_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_requests" ADD CONSTRAINT "invoice_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_requests" ADD CONSTRAINT "invoice_requests_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_requests" ADD CONSTRAINT "invoice_requests_invoice_file_id_files_id_fk" FOREIGN KEY ("invoice_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_invoice_request_id_invoice_requests_id_fk" FOREIGN KEY ("invoice_request_id") REFERENCES "public"."invoice_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_invoice_request_id_invoice_requests_id_fk" FOREIGN KEY ("invoice_request_id") REFERENCES "public"."invoice_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_items_record_idx" ON "evidence_items" USING btree ("record_type","record_id","slot");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_items_record_file_uq" ON "evidence_items" USING btree ("record_type","record_id","file_id");--> statement-breakpoint
CREATE INDEX "files_uploader_idx" ON "files" USING btree ("uploaded_by","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "files_storage_key_uq" ON "files" USING btree ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_requests_live_per_order_uq" ON "invoice_requests" USING btree ("order_id") WHERE "invoice_requests"."status" <> 'refused';--> statement-breakpoint
CREATE INDEX "invoice_requests_shop_requested_idx" ON "invoice_requests" USING btree ("shop_id","requested_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "invoice_requests_party_status_idx" ON "invoice_requests" USING btree ("invoicing_party","status","requested_at");--> statement-breakpoint
CREATE INDEX "invoice_requests_consumer_idx" ON "invoice_requests" USING btree ("consumer_id","requested_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_one_open_urge_uq" ON "work_orders" USING btree ("invoice_request_id") WHERE "work_orders"."type" = 'urge_invoice' and "work_orders"."status" in ('open', 'promised');--> statement-breakpoint
CREATE INDEX "work_orders_queue_idx" ON "work_orders" USING btree ("shop_id","due_at","id") WHERE "work_orders"."status" in ('open', 'promised');--> statement-breakpoint
CREATE INDEX "work_orders_due_idx" ON "work_orders" USING btree ("due_at","id") WHERE "work_orders"."status" in ('open', 'promised');--> statement-breakpoint
CREATE INDEX "work_orders_order_idx" ON "work_orders" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "work_orders_invoice_idx" ON "work_orders" USING btree ("invoice_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disputes_one_live_uq" ON "disputes" USING btree ("order_id","scenario") WHERE "disputes"."status" not in ('settled', 'judged');--> statement-breakpoint
CREATE INDEX "disputes_queue_idx" ON "disputes" USING btree ("shop_id","due_at","id") WHERE "disputes"."status" in ('awaiting_merchant', 'awaiting_consumer');--> statement-breakpoint
CREATE INDEX "disputes_due_idx" ON "disputes" USING btree ("due_at","id") WHERE "disputes"."status" in ('awaiting_merchant', 'awaiting_consumer');--> statement-breakpoint
CREATE INDEX "disputes_judging_idx" ON "disputes" USING btree ("judging_since","id") WHERE "disputes"."status" = 'platform_judging';--> statement-breakpoint
CREATE INDEX "disputes_shop_opened_idx" ON "disputes" USING btree ("shop_id","opened_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "disputes_consumer_idx" ON "disputes" USING btree ("consumer_id","opened_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "disputes_invoice_idx" ON "disputes" USING btree ("invoice_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "violations_source_rule_uq" ON "violations" USING btree ("source_type","source_id","rule") WHERE "violations"."source_id" is not null;--> statement-breakpoint
CREATE INDEX "violations_shop_raised_idx" ON "violations" USING btree ("shop_id","raised_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "violations_due_idx" ON "violations" USING btree ("due_at","id") WHERE "violations"."status" = 'pending';