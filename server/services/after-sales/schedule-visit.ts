import { actingOf } from "../acting";
import { notifyServiceOrderVisitScheduled } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import type { ScheduleVisitInput } from "./schedule-visit-input";
import { serviceOrderStale, visitWindowInvalid } from "./service-order-errors";
import { moveServiceOrder } from "./service-order-writes";

const onSite = (status: string) => status === "awaiting_visit" || status === "visit_scheduled";

/** AS-3: the merchant sets or moves the visit window; the 7-day clock from approval runs on. */
export async function scheduleVisit(ctx: ServiceContext, input: ScheduleVisitInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "merchant", input.serviceOrderId, async (tx, row) => {
    if (!onSite(row.status)) throw serviceOrderStale(row.status, "schedule_visit");
    if (input.visitFrom.getTime() < now.getTime() || input.visitTo <= input.visitFrom) throw visitWindowInvalid();
    const moved = await moveServiceOrder(tx, row, {
      event: "schedule_visit",
      by,
      action: "visit_scheduled",
      now,
      deadline: { kind: "keep" },
      changes: { visitFrom: input.visitFrom, visitTo: input.visitTo },
      payload: { from: input.visitFrom.toISOString(), to: input.visitTo.toISOString() },
    });
    await notifyServiceOrderVisitScheduled(tx, moved.row, { from: input.visitFrom, to: input.visitTo }, now);
    return { id: row.id, status: moved.row.status, dueAt: moved.row.dueAt };
  });
}
