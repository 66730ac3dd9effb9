ALTER TYPE "public"."order_status" ADD VALUE 'awaiting_payment' BEFORE 'paid';--> statement-breakpoint
ALTER TYPE "public"."order_status" ADD VALUE 'closed_unpaid';--> statement-breakpoint
DROP INDEX "orders_shop_paid_idx";--> statement-breakpoint
DROP INDEX "orders_shop_status_paid_idx";--> statement-breakpoint
DROP INDEX "orders_consumer_paid_idx";--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "paid_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "placed_at" timestamp with time zone;--> statement-breakpoint
-- Every existing order was paid when it was recorded: it was placed then too.
UPDATE "orders" SET "placed_at" = "paid_at" WHERE "placed_at" IS NULL;--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "placed_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_shop_placed_idx" ON "orders" USING btree ("shop_id","placed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_shop_status_placed_idx" ON "orders" USING btree ("shop_id","status","placed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_consumer_placed_idx" ON "orders" USING btree ("consumer_id","placed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_address_placed_idx" ON "orders" USING btree ("shipping_address","placed_at");
