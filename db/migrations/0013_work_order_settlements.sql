CREATE TABLE "work_order_settlements" (
	"shop_id" uuid NOT NULL,
	"hour" integer NOT NULL,
	"settled" integer NOT NULL,
	"expired" integer NOT NULL,
	CONSTRAINT "work_order_settlements_pk" PRIMARY KEY("shop_id","hour")
);
--> statement-breakpoint
ALTER TABLE "work_order_settlements" ADD CONSTRAINT "work_order_settlements_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "work_orders_shop_unanswered_idx" ON "work_orders" USING btree ("shop_id","due_at","id") WHERE "work_orders"."routed_to" = 'merchant' and "work_orders"."replied_at" is null;--> statement-breakpoint
-- MAL-3: keep work_order_settlements in step with work_orders in the same transaction as every write
-- (see db/schema/work-order-settlements.ts). A work order counts in the hour of coalesce(replied_at,
-- due_at) when routed to the merchant; `expired` when replied_at is null.
CREATE FUNCTION "work_order_settlements_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_hour integer;
  old_expired integer;
  new_hour integer;
  new_expired integer;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    IF OLD.routed_to = 'merchant' AND coalesce(OLD.replied_at, OLD.due_at) IS NOT NULL THEN
      old_hour := floor(extract(epoch FROM coalesce(OLD.replied_at, OLD.due_at)) / 3600);
      old_expired := (OLD.replied_at IS NULL)::integer;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW.routed_to = 'merchant' AND coalesce(NEW.replied_at, NEW.due_at) IS NOT NULL THEN
      new_hour := floor(extract(epoch FROM coalesce(NEW.replied_at, NEW.due_at)) / 3600);
      new_expired := (NEW.replied_at IS NULL)::integer;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD.shop_id = NEW.shop_id AND old_hour IS NOT DISTINCT FROM new_hour
       AND old_expired IS NOT DISTINCT FROM new_expired THEN
      RETURN NULL;
    END IF;
  END IF;
  IF old_hour IS NOT NULL THEN
    UPDATE "work_order_settlements"
      SET "settled" = "settled" - 1, "expired" = "expired" - old_expired
      WHERE "shop_id" = OLD.shop_id AND "hour" = old_hour;
  END IF;
  IF new_hour IS NOT NULL THEN
    INSERT INTO "work_order_settlements" ("shop_id", "hour", "settled", "expired")
      VALUES (NEW.shop_id, new_hour, 1, new_expired)
      ON CONFLICT ("shop_id", "hour") DO UPDATE
      SET "settled" = "work_order_settlements"."settled" + 1,
          "expired" = "work_order_settlements"."expired" + excluded."expired";
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "work_orders_settlements_insert_delete" AFTER INSERT OR DELETE ON "work_orders"
  FOR EACH ROW EXECUTE FUNCTION "work_order_settlements_track"();--> statement-breakpoint
CREATE TRIGGER "work_orders_settlements_update" AFTER UPDATE OF "shop_id", "routed_to", "replied_at", "due_at" ON "work_orders"
  FOR EACH ROW EXECUTE FUNCTION "work_order_settlements_track"();--> statement-breakpoint
-- Backfill from the work orders already there.
INSERT INTO "work_order_settlements" ("shop_id", "hour", "settled", "expired")
  SELECT "shop_id", floor(extract(epoch FROM coalesce("replied_at", "due_at")) / 3600)::integer,
         count(*), count(*) FILTER (WHERE "replied_at" IS NULL)
  FROM "work_orders"
  WHERE "routed_to" = 'merchant' AND coalesce("replied_at", "due_at") IS NOT NULL
  GROUP BY 1, 2;
