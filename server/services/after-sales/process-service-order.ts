import { resultCheck, resultNeedsTracking } from "@/server/domain/service-order-results";
import { actingOf } from "../acting";
import { notifyServiceOrderProcessed } from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import { onServiceOrder } from "./locked";
import type { ProcessServiceOrderInput } from "./process-service-order-input";
import { resultNeedsConsent, resultNotApplicable, serviceOrderStale, trackingRequired } from "./service-order-errors";
import { refundBaseOf, refundServiceOrder } from "./service-order-money";
import { assertBeforeTimeout, moveServiceOrder } from "./service-order-writes";

/**
 * AS-4: within 48h of receipt the merchant processes with exactly one result, matching what was
 * requested (or what the consumer agreed to). A refund goes through the ledger (cause
 * after_sales, exactly once) for the goods in full: deductions only by a consented proposal
 * (AS-5), never shipping with 运费险 (SVC-3). 换新 and 原返 ship with carrier and tracking number.
 * At the processing due instant a return is refunded by the timeout instead (AS_DEADLINE_PASSED);
 * other results may still be made late (the row stays overdue, AS-6).
 */
export async function processServiceOrder(ctx: ServiceContext, input: ProcessServiceOrderInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "merchant", input.serviceOrderId, async (tx, row, order) => {
    if (row.status !== "awaiting_processing") throw serviceOrderStale(row.status, "process");
    assertBeforeTimeout(row, now);
    const check = resultCheck(row, input.result);
    if (check === "needs_consent") throw resultNeedsConsent();
    if (check === "not_applicable") throw resultNotApplicable();
    const ships = resultNeedsTracking(input.result);
    if (ships && (!input.carrier || !input.trackingNo)) throw trackingRequired();
    let refundFen: number | null = null;
    if (input.result === "refund") {
      const { baseFen } = await refundBaseOf(tx, row, order);
      refundFen = (await refundServiceOrder(tx, row, { amountFen: baseFen, cause: "after_sales", now })).amountFen;
    }
    const moved = await moveServiceOrder(tx, row, {
      event: "process",
      by,
      action: "processed",
      now,
      changes: {
        processedResult: input.result,
        processedAt: now,
        processedBy: by.userId ?? "merchant",
        completedAt: now,
        ...(ships ? { resultCarrier: input.carrier, resultTrackingNo: input.trackingNo } : {}),
        ...(refundFen !== null ? { refundFen } : {}),
      },
      payload: {
        result: input.result,
        ...(ships ? { carrier: input.carrier, trackingNo: input.trackingNo } : {}),
        ...(refundFen !== null ? { refundedFen: refundFen } : {}),
      },
    });
    const processed = { result: input.result, amountFen: refundFen ?? 0, basis: "merchant" as const };
    await notifyServiceOrderProcessed(tx, moved.row, processed, now);
    return { id: row.id, status: moved.row.status, result: input.result, refundedFen: refundFen ?? 0 };
  });
}
