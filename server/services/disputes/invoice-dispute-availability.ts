import { and, desc, eq, notInArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { disputes, invoiceRequests, orders, workOrders } from "@/db/schema";
import type { DisputeScenario } from "@/server/domain/dispute";
import { DomainError, notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";

export type InvoiceRequestRow = typeof invoiceRequests.$inferSelect;
type WorkOrderRow = typeof workOrders.$inferSelect;

const invoiceNotFound = () => notFound({ "zh-CN": "发票申请不存在", en: "Invoice request not found" });

/** The consumer's own invoice request, or NOT_FOUND. */
export async function loadConsumerInvoice(
  db: DbOrTx,
  consumerId: string,
  invoiceId: string,
): Promise<InvoiceRequestRow> {
  if (!isUuid(invoiceId)) throw invoiceNotFound();
  const [row] = await db
    .select()
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.id, invoiceId), eq(invoiceRequests.consumerId, consumerId)))
    .limit(1);
  if (!row) throw invoiceNotFound();
  return row;
}

export type Availability =
  | { available: true; workOrderId: string | null; liveDisputeId: string | null; why: null }
  | { available: false; workOrderId: string | null; liveDisputeId: string | null; why: DomainError };

const unavailable = (code: string, zh: string, en: string) => new DomainError("CONFLICT", code, { "zh-CN": zh, en });

/**
 * Whether the consumer may open `scenario` on this request now:
 * - invoice_refused (DSP-INV-1): the request was refused.
 * - invoice_urged (DSP-INV-2): the request is still not issued and its latest urge work order
 *   expired, broke its promise, or was resolved without an issued invoice. That work order is
 *   what the platform judges from.
 * Neither on a worry-free purchase order (WO-TM-6: its own process, never the dispute flow).
 * Also reports a live dispute of the same order+scenario (one at a time).
 */
export async function invoiceDisputeAvailability(
  db: DbOrTx,
  request: InvoiceRequestRow,
  scenario: DisputeScenario,
): Promise<Availability> {
  const [live] = await db
    .select({ id: disputes.id })
    .from(disputes)
    .where(
      and(
        eq(disputes.orderId, request.orderId),
        eq(disputes.scenario, scenario),
        notInArray(disputes.status, ["settled", "judged"]),
      ),
    )
    .limit(1);
  const liveDisputeId = live?.id ?? null;
  const [order] = await db.select({ worryFree: orders.worryFree }).from(orders).where(eq(orders.id, request.orderId));
  if (order?.worryFree) {
    return {
      available: false,
      workOrderId: null,
      liveDisputeId,
      why: unavailable(
        "WORRY_FREE_ORDER",
        "无忧采购订单按其专属流程处理,不适用纠纷流程(WO-TM-6)",
        "Worry-free purchase orders follow their own process, not the dispute flow (WO-TM-6)",
      ),
    };
  }

  if (scenario === "invoice_refused") {
    if (request.status === "refused") return { available: true, workOrderId: null, liveDisputeId, why: null };
    return {
      available: false,
      workOrderId: null,
      liveDisputeId,
      why: unavailable(
        "INVOICE_NOT_REFUSED",
        "该发票申请未被拒绝,不能发起拒绝开票纠纷",
        "This invoice request was not refused",
      ),
    };
  }
  if (scenario !== "invoice_urged") {
    return {
      available: false,
      workOrderId: null,
      liveDisputeId,
      why: unavailable("WRONG_SCENARIO", "该场景不适用于发票", "This scenario does not apply to invoices"),
    };
  }

  const [latest] = await db
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.invoiceRequestId, request.id), eq(workOrders.type, "urge_invoice")))
    .orderBy(desc(workOrders.openedAt), desc(workOrders.id))
    .limit(1);
  const workOrderId = latest?.id ?? null;
  if (request.status !== "requested") {
    return {
      available: false,
      workOrderId,
      liveDisputeId,
      why: unavailable(
        "INVOICE_NOT_PENDING",
        "该发票已开具或已被拒绝,不能发起催开票纠纷",
        "This invoice was already issued or refused",
      ),
    };
  }
  if (!latest) {
    return {
      available: false,
      workOrderId,
      liveDisputeId,
      why: unavailable(
        "NO_URGE_WORK_ORDER",
        "请先催开票,商家处理无果后再发起纠纷",
        "Urge invoicing first; open a dispute if that does not help",
      ),
    };
  }
  if (!urgeFailed(latest)) {
    return {
      available: false,
      workOrderId,
      liveDisputeId,
      why: unavailable(
        "URGE_IN_PROGRESS",
        "催开票工单仍在处理中,请等待处理结果",
        "The urge-invoice work order is still being handled; wait for its outcome",
      ),
    };
  }
  return { available: true, workOrderId, liveDisputeId, why: null };
}

/** Expired, broken, or resolved without an issued invoice. */
function urgeFailed(wo: Pick<WorkOrderRow, "status" | "reply">): boolean {
  if (wo.status === "expired" || wo.status === "broken") return true;
  return wo.status === "resolved" && wo.reply?.resolution !== "invoice_issued" && !wo.reply?.invoiceNo;
}
