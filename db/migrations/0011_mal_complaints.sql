CREATE TYPE "public"."complaint_category" AS ENUM('malicious_order', 'return_risk', 'compensation_risk', 'scalper_bulk', 'unpaid_orders', 'split_arbitrage');--> statement-breakpoint
CREATE TYPE "public"."complaint_status" AS ENUM('pending_review', 'needs_material', 'upheld', 'dismissed', 'closed');--> statement-breakpoint
CREATE TABLE "complaint_orders" (
	"complaint_id" uuid NOT NULL,
	"order_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_no" text NOT NULL,
	"shop_id" uuid NOT NULL,
	"consumer_id" uuid NOT NULL,
	"category" "complaint_category" NOT NULL,
	"status" "complaint_status" NOT NULL,
	"statement" text NOT NULL,
	"order_set_key" text NOT NULL,
	"policy_id" text NOT NULL,
	"policy_version" integer NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"filed_by" text NOT NULL,
	"review_due_at" timestamp with time zone,
	"material_requested_at" timestamp with time zone,
	"material_requested_by" text,
	"material_request_note" text,
	"material_due_at" timestamp with time zone,
	"material_reminder_sent_at" timestamp with time zone,
	"supplemented_at" timestamp with time zone,
	"supplement_statement" text,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decision_reason" text,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "risk_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consumer_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	"category" "complaint_category" NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"cleared_at" timestamp with time zone,
	"cleared_by" text,
	"clear_reason" text
);
--> statement-breakpoint
ALTER TABLE "complaint_orders" ADD CONSTRAINT "complaint_orders_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_orders" ADD CONSTRAINT "complaint_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_marks" ADD CONSTRAINT "risk_marks_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_marks" ADD CONSTRAINT "risk_marks_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_marks" ADD CONSTRAINT "risk_marks_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_orders_uq" ON "complaint_orders" USING btree ("complaint_id","order_id");--> statement-breakpoint
CREATE INDEX "complaint_orders_order_idx" ON "complaint_orders" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_no_uq" ON "complaints" USING btree ("complaint_no");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_open_uq" ON "complaints" USING btree ("order_set_key","category") WHERE "complaints"."status" in ('pending_review', 'needs_material');--> statement-breakpoint
CREATE INDEX "complaints_shop_status_filed_idx" ON "complaints" USING btree ("shop_id","status","filed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "complaints_shop_filed_idx" ON "complaints" USING btree ("shop_id","filed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "complaints_review_queue_idx" ON "complaints" USING btree ("review_due_at","id") WHERE "complaints"."status" = 'pending_review';--> statement-breakpoint
CREATE INDEX "complaints_material_due_idx" ON "complaints" USING btree ("material_due_at","id") WHERE "complaints"."status" = 'needs_material';--> statement-breakpoint
CREATE INDEX "complaints_consumer_idx" ON "complaints" USING btree ("consumer_id","filed_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "risk_marks_complaint_uq" ON "risk_marks" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "risk_marks_consumer_active_idx" ON "risk_marks" USING btree ("consumer_id","expires_at") WHERE "risk_marks"."cleared_at" is null;--> statement-breakpoint
CREATE INDEX "risk_marks_consumer_since_idx" ON "risk_marks" USING btree ("consumer_id","since" DESC NULLS LAST,"id" DESC NULLS LAST);