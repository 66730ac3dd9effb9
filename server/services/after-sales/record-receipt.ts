import type { ReceiptRecorder } from "@/server/domain/after-sales";
import { receiptEvent } from "@/server/domain/machines/service-order";
import { mayRecordReceipt } from "@/server/domain/service-order-results";
import { actingOf, SYSTEM, type Acting } from "../acting";
import type { ServiceContext } from "../service-context";
import type { RecordReceiptInput } from "./record-receipt-input";
import { businessModeOf, loadServiceOrder, relockServiceOrder, type ServiceOrderRow } from "./service-order-access";
import { tenantOfKind } from "../tenant";
import { receiptNotYours, serviceOrderStale } from "./service-order-errors";
import { notifyServiceOrderReceived } from "../notifications/after-sales-notifications";
import { attachPhotos } from "./service-order-money";
import { moveServiceOrder, policiesOf } from "./service-order-writes";

/**
 * AS-4: the returned goods are received — by the merchant's click, the logistics signature
 * (`system`: a return signed for counts as received even if nobody clicks) or, for an FBP
 * shop, the platform's warehouse (SHOP-1). A send-in repair starts its 30 days; a flash-refunded
 * return (SVC-2) is settled and completes; anything else starts the 48h processing window.
 * For callers holding a service order already (the logistics report, the FBP receipt desk):
 * runs in ctx.db (a transaction or a savepoint inside the caller's), locks, and re-checks.
 * Returns null when the parcel is no longer awaited (received already: a repeated signature).
 */
export async function receiveReturn(
  ctx: ServiceContext,
  serviceOrder: Pick<ServiceOrderRow, "id">,
  recorder: ReceiptRecorder,
  opts: { by?: Acting; photos?: readonly string[] } = {},
) {
  const { now } = ctx;
  const by = opts.by ?? (recorder === "system" ? SYSTEM : actingOf(ctx));
  return ctx.db.transaction(async (tx) => {
    const { row } = await relockServiceOrder(tx, serviceOrder.id);
    if (!mayRecordReceipt(await businessModeOf(tx, row.shopId), recorder)) throw receiptNotYours();
    if (row.status !== "awaiting_receipt") {
      if (recorder === "system" && row.receivedAt) return null;
      throw serviceOrderStale(row.status, "receive");
    }
    const event = receiptEvent({
      isSendInRepair: row.type === "repair" && row.repairMode === "send_in",
      flashRefunded: row.flashRefundedAt !== null,
    });
    const done = event === "receive_refunded";
    const moved = await moveServiceOrder(tx, row, {
      event,
      by,
      action: "received",
      now,
      changes: {
        receivedAt: now,
        receivedBy: recorder,
        receivedByUser: by.userId,
        ...(done ? { processedResult: "refund" as const, processedAt: now, completedAt: now } : {}),
      },
      payload: { recorder },
    });
    if (opts.photos && opts.photos.length > 0)
      await attachPhotos(tx, row, {
        slot: policiesOf(row).afterSales.slots.receipt,
        fileIds: opts.photos,
        by,
        uploaderShopId: recorder === "merchant" ? row.shopId : null,
        now,
      });
    if (!done) await notifyServiceOrderReceived(tx, moved.row, recorder, now);
    return { id: row.id, status: moved.row.status, dueAt: moved.row.dueAt };
  });
}

/** AS-4: the merchant (or, for an FBP shop, platform staff) records the return received. */
export async function recordReceipt(ctx: ServiceContext, input: RecordReceiptInput) {
  const recorder: ReceiptRecorder = ctx.tenant.kind === "admin" ? "platform" : "merchant";
  if (ctx.tenant.kind === "consumer") tenantOfKind(ctx.tenant, "merchant");
  // Through the tenant first: another shop's id is NOT_FOUND before anything else.
  const row = await loadServiceOrder(ctx.db, ctx.tenant, input.serviceOrderId);
  const result = await receiveReturn(ctx, row, recorder, { photos: input.photos });
  if (!result) throw serviceOrderStale(row.status, "receive");
  return result;
}
