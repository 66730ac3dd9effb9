import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { workOrders } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { notify } from "../notifications/notify";
import { systemContext } from "../service-context";
import { breakPromise } from "./break-promise";
import { expireWorkOrder } from "./expire-work-order";
import { transitionWorkOrder } from "./transition";

/**
 * INV-5/INV-6: issuing the invoice answers the urge work orders of that request. An open one
 * is replied "已开发票" (on time when before its deadline); a promised one keeps its promise
 * (on time when by the agreed date). Called inside the issuing transaction.
 *
 * A deadline that already passed is not undone by a late invoice: the work order gets the
 * outcome the sweeper would have given it (INV-7 expired, INV-6 broken), so the result never
 * depends on whether the sweeper happened to run before the invoice was issued.
 */
export async function settleUrgeWorkOrdersOnInvoiceIssued(
  tx: Tx,
  args: { invoiceRequestId: string; invoiceNo: string; invoiceFileId: string; by: Acting; now: Date },
): Promise<void> {
  const { invoiceRequestId, invoiceNo, invoiceFileId, by, now } = args;
  const live = await tx
    .select()
    .from(workOrders)
    .where(
      and(
        eq(workOrders.invoiceRequestId, invoiceRequestId),
        eq(workOrders.type, "urge_invoice"),
        inArray(workOrders.status, ["open", "promised"]),
      ),
    )
    .for("update");
  for (const wo of live) {
    if (wo.dueAt && isPastDue(wo.dueAt, now)) {
      // What the sweeper would have done, as the system.
      if (wo.status === "open") await expireWorkOrder(systemContext(tx, now), { workOrderId: wo.id });
      else await breakPromise(systemContext(tx, now), { workOrderId: wo.id });
      continue;
    }
    const onTime = wo.dueAt ? now.getTime() < wo.dueAt.getTime() : true;
    if (wo.status === "open") {
      const { from, to } = await transitionWorkOrder(tx, wo, "reply", {
        repliedAt: now,
        repliedBy: by.userId ?? "system",
        replyOnTime: onTime,
        reply: { resolution: "invoice_issued", invoiceNo, invoiceFileId },
        closedAt: now,
      });
      await emitAudit(tx, {
        shopId: wo.shopId,
        recordType: "work_order",
        recordId: wo.id,
        by,
        action: "work_order.replied",
        from,
        to,
        payload: { resolution: "invoice_issued", invoiceNo, onTime },
        at: now,
      });
    } else {
      const { from, to } = await transitionWorkOrder(tx, wo, "keep_promise", {
        closedAt: now,
        reply: { ...wo.reply, resolution: wo.reply?.resolution ?? "agreed_invoice_date", invoiceNo, invoiceFileId },
      });
      await emitAudit(tx, {
        shopId: wo.shopId,
        recordType: "work_order",
        recordId: wo.id,
        by,
        action: "work_order.promise_kept",
        from,
        to,
        payload: { invoiceNo, onTime },
        at: now,
      });
    }
    await notify(tx, {
      to: { consumerId: wo.consumerId },
      kind: "work_order.answered",
      params: { resolution: "invoice_issued", invoiceNo },
      record: { type: "work_order", id: wo.id },
      now,
    });
  }
}
