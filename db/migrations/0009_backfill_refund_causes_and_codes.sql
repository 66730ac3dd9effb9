-- Refunds written before the cause column: infer each cause once from what wrote the row.
-- Needs "cause" to exist and still be nullable; it becomes NOT NULL at the end.
UPDATE "refunds" r SET "cause" = (CASE
  WHEN r."source_type" = 'work_order' AND EXISTS (SELECT 1 FROM "work_orders" w WHERE w."id" = r."source_id" AND w."decided_at" IS NOT NULL) THEN 'work_order_decision'
  WHEN r."source_type" = 'work_order' THEN 'timeout'
  WHEN r."source_type" = 'judgment' THEN 'judgment'
  WHEN r."source_type" = 'dispute' AND r."kind" <> 'order_refund' THEN 'judgment'
  WHEN r."reason" LIKE '%Direct-refund dispute plan%' THEN 'settlement_plan'
  WHEN r."reason" LIKE '%Parcel intercepted%' OR r."reason" LIKE '%48h interception window ended%' THEN 'interception'
  ELSE 'cancel_review'
END)::"refund_cause"
WHERE r."cause" IS NULL;--> statement-breakpoint
ALTER TABLE "refunds" ALTER COLUMN "cause" SET NOT NULL;--> statement-breakpoint
-- System texts written as bilingual prose become codes (the viewer's language puts them into words).
CREATE TEMPORARY TABLE "g_legacy_texts" ("legacy" text PRIMARY KEY, "code" text NOT NULL) ON COMMIT DROP;--> statement-breakpoint
INSERT INTO "g_legacy_texts" ("legacy", "code") VALUES
  ('商家同意取消订单 / Merchant approved the cancellation', 'cancelApproved'),
  ('商家提前退款 / Merchant refunded early', 'cancelEarlyRefund'),
  ('物流拦截成功,取消订单退款 / Parcel intercepted; cancellation refund', 'interceptionSucceeded'),
  ('48 小时物流拦截期满,系统退款 / 48h interception window ended; system refund', 'interceptionWindowRefund'),
  ('订单已完成,48 小时到期未自动退款 / The order completed before the 48h ended; nothing was refunded automatically', 'interceptionWindowClosedCompleted'),
  ('拦截结果已记录,取消单已另行处理 / Recorded; the cancel order was already settled', 'interceptionAfterSettled'),
  ('直接退款纠纷方案 / Direct-refund dispute plan', 'directRefundPlan'),
  ('订单已全额退款 / Refunded in full', 'refundedInFull'),
  ('纠纷和解方案「已开发票」重新开具 / Re-issued for the dispute''s settlement', 'invoiceReissuedForSettlement');--> statement-breakpoint
UPDATE "refunds" r SET "reason_message" = jsonb_build_object('code', l."code"), "reason" = NULL
FROM "g_legacy_texts" l WHERE r."reason" = l."legacy" AND r."reason_message" IS NULL;--> statement-breakpoint
UPDATE "cancel_orders" c SET "note_message" = jsonb_build_object('code', l."code"), "note" = NULL
FROM "g_legacy_texts" l WHERE c."note" = l."legacy" AND c."note_message" IS NULL;--> statement-breakpoint
UPDATE "audit_events" e SET "payload" = (e."payload" - 'note') || jsonb_build_object('message', jsonb_build_object('code', l."code"))
FROM "g_legacy_texts" l WHERE e."payload"->>'note' = l."legacy";
--> statement-breakpoint
-- Cancel requests made before the review window was recorded get the 24h window they were opened under.
UPDATE "cancel_orders" SET "review_due_at" = "requested_at" + interval '24 hours' WHERE "review_due_at" IS NULL;
