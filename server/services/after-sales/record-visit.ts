import { actingOf } from "../acting";
import { notifyServiceOrderVisitRecorded } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import type { RecordVisitInput } from "./record-visit-input";
import { serviceOrderStale } from "./service-order-errors";
import { attachPhotos } from "./service-order-money";
import { moveServiceOrder, policiesOf } from "./service-order-writes";

const onSite = (status: string) => status === "awaiting_visit" || status === "visit_scheduled";

/**
 * AS-3: the merchant records the on-site visit done (note, photos). Late is allowed (the ticket
 * was the consequence); the consumer then checks within 72h, silence confirming.
 */
export async function recordVisit(ctx: ServiceContext, input: RecordVisitInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "merchant", input.serviceOrderId, async (tx, row) => {
    if (!onSite(row.status)) throw serviceOrderStale(row.status, "record_visit");
    await attachPhotos(tx, row, {
      slot: policiesOf(row).afterSales.slots.visit,
      fileIds: input.photos,
      by,
      uploaderShopId: row.shopId,
      now,
    });
    const moved = await moveServiceOrder(tx, row, {
      event: "record_visit",
      by,
      action: "visit_recorded",
      now,
      changes: { visitRecordedAt: now },
      payload: { note: input.note },
    });
    await notifyServiceOrderVisitRecorded(tx, moved.row, now);
    return { id: row.id, status: moved.row.status, dueAt: moved.row.dueAt };
  });
}
