import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { disputes, orders, workOrders } from "@/db/schema";
import { disputeDueStatuses, type DisputeScenario, type DisputeStatus } from "@/server/domain/dispute";
import { workOrderDueStatuses, type WorkOrderStatus, type WorkOrderType } from "@/server/domain/work-order";
import type { Tenant } from "../tenant";
import type { InvoiceRow } from "./invoice-access";

export interface InvoiceWorkOrderLink {
  id: string;
  type: WorkOrderType;
  status: WorkOrderStatus;
  openedAt: Date;
  /** Only while the work order is open or promised (the sweeper watches it). */
  dueAt: Date | null;
  live: boolean;
  /** The reply's resolution key (INV-5), if any. */
  resolution: string | null;
  href: string;
}

export interface InvoiceDisputeLink {
  id: string;
  scenario: DisputeScenario;
  status: DisputeStatus;
  openedAt: Date;
  dueAt: Date | null;
  live: boolean;
  href: string;
}

const base: Record<Tenant["kind"], string> = { consumer: "", merchant: "/merchant", admin: "/admin" };
const openWorkOrder = new Set<WorkOrderStatus>(workOrderDueStatuses);
const dueDispute = new Set<DisputeStatus>(disputeDueStatuses);
/** A dispute is live until it is settled or judged (the partial unique index agrees). */
const closedDisputeStatuses: DisputeStatus[] = ["settled", "judged"];

/** INV-8: the work orders and disputes hanging off one invoice request, oldest first. */
export async function loadInvoiceLinks(db: DbOrTx, invoice: Pick<InvoiceRow, "id">, audience: Tenant["kind"]) {
  const [woRows, dspRows] = await Promise.all([
    db
      .select()
      .from(workOrders)
      .where(eq(workOrders.invoiceRequestId, invoice.id))
      .orderBy(asc(workOrders.openedAt), asc(workOrders.id)),
    db
      .select()
      .from(disputes)
      .where(eq(disputes.invoiceRequestId, invoice.id))
      .orderBy(asc(disputes.openedAt), asc(disputes.id)),
  ]);
  const workOrderLinks = woRows.map((w): InvoiceWorkOrderLink => ({
    id: w.id,
    type: w.type,
    status: w.status,
    openedAt: w.openedAt,
    live: openWorkOrder.has(w.status),
    dueAt: openWorkOrder.has(w.status) ? w.dueAt : null,
    resolution: w.reply?.resolution ?? null,
    href: `${base[audience]}/work-orders/${w.id}`,
  }));
  const disputeLinks = dspRows.map((d): InvoiceDisputeLink => ({
    id: d.id,
    scenario: d.scenario,
    status: d.status,
    openedAt: d.openedAt,
    live: !closedDisputeStatuses.includes(d.status),
    dueAt: dueDispute.has(d.status) ? d.dueAt : null,
    href: `${base[audience]}/disputes/${d.id}`,
  }));
  return { workOrders: workOrderLinks, disputes: disputeLinks };
}

/**
 * Which invoice disputes the consumer may open now (DSP-1, DSP-INV-1/2). One live dispute per
 * order and scenario (the disputes' unique index), so liveness is checked on the whole order.
 * - refused: the request was refused;
 * - urged: still not issued, and an urge work order of this request ended without an invoice
 *   (expired, promise broken, or resolved by agreement — the outcome the platform judges from).
 */
export async function disputeEntries(
  db: DbOrTx,
  invoice: Pick<InvoiceRow, "orderId" | "status">,
  links: { workOrders: InvoiceWorkOrderLink[] },
): Promise<{ refused: boolean; urged: boolean }> {
  const live = await db
    .select({ scenario: disputes.scenario })
    .from(disputes)
    .where(
      and(
        eq(disputes.orderId, invoice.orderId),
        inArray(disputes.scenario, ["invoice_refused", "invoice_urged"]),
        notInArray(disputes.status, closedDisputeStatuses),
      ),
    );
  // WO-TM-6: a worry-free purchase order follows its own process; no dispute entry.
  const [order] = await db.select({ worryFree: orders.worryFree }).from(orders).where(eq(orders.id, invoice.orderId));
  if (order?.worryFree) return { refused: false, urged: false };
  const liveScenarios = new Set(live.map((d) => d.scenario));
  const urgeEnded = links.workOrders.some(
    (w) =>
      w.type === "urge_invoice" &&
      (w.status === "expired" ||
        w.status === "broken" ||
        (w.status === "resolved" && w.resolution !== "invoice_issued")),
  );
  return {
    refused: invoice.status === "refused" && !liveScenarios.has("invoice_refused"),
    urged: invoice.status === "requested" && urgeEnded && !liveScenarios.has("invoice_urged"),
  };
}
