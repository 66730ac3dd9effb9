import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { disputes, evidenceItems, orders, serviceOrders, workOrders } from "@/db/schema";
import type { DisputeScenario } from "@/server/domain/dispute";
import type { WorkOrderType } from "@/server/domain/work-order";
import type { ViolationRow } from "./violation-access";

/**
 * Where a ticket came from, for the link in the UI (VIO-1): the work order (directly, or the one
 * the forged evidence item of WO-TM-7 belongs to), the dispute, the service order (AS-6), or
 * nothing for a ticket an admin raised by hand. With the order number so people recognise the case.
 */
export interface ViolationSource {
  type: ViolationRow["sourceType"];
  workOrderId: string | null;
  workOrderType: WorkOrderType | null;
  disputeId: string | null;
  disputeScenario: DisputeScenario | null;
  orderNo: string | null;
  /** WO-TM-7: the forged evidence item, when the ticket is about one. */
  evidenceItemId: string | null;
  /** AS-6: the service order whose missed deadline raised the ticket, with its number. */
  serviceOrderId: string | null;
  serviceNo: string | null;
}

const none = (type: ViolationRow["sourceType"]): ViolationSource => ({
  type,
  workOrderId: null,
  workOrderType: null,
  disputeId: null,
  disputeScenario: null,
  orderNo: null,
  evidenceItemId: null,
  serviceOrderId: null,
  serviceNo: null,
});

/** Resolves the sources of a page of tickets in a few queries. */
export async function sourcesOf(
  db: DbOrTx,
  rows: readonly Pick<ViolationRow, "id" | "sourceType" | "sourceId">[],
): Promise<Map<string, ViolationSource>> {
  const ids = (type: ViolationRow["sourceType"]) => [
    ...new Set(rows.flatMap((r) => (r.sourceType === type && r.sourceId ? [r.sourceId] : []))),
  ];
  // Forged-evidence tickets written before they had their own source type say work_order.
  const evidenceItemIds = [...ids("evidence_item"), ...ids("work_order")];
  const disputeIds = ids("dispute");

  const items = evidenceItemIds.length
    ? await db
        .select({ id: evidenceItems.id, workOrderId: evidenceItems.recordId })
        .from(evidenceItems)
        .where(and(inArray(evidenceItems.id, evidenceItemIds), eq(evidenceItems.recordType, "work_order")))
    : [];
  const itemToWorkOrder = new Map(items.map((i) => [i.id, i.workOrderId]));
  const directWorkOrderIds = ids("work_order").filter((id) => !itemToWorkOrder.has(id));
  const workOrderIds = [...new Set([...directWorkOrderIds, ...itemToWorkOrder.values()])];
  const wos = workOrderIds.length
    ? await db
        .select({ id: workOrders.id, type: workOrders.type, orderNo: orders.orderNo })
        .from(workOrders)
        .innerJoin(orders, eq(orders.id, workOrders.orderId))
        .where(inArray(workOrders.id, workOrderIds))
    : [];
  const ds = disputeIds.length
    ? await db
        .select({ id: disputes.id, scenario: disputes.scenario, orderNo: orders.orderNo })
        .from(disputes)
        .innerJoin(orders, eq(orders.id, disputes.orderId))
        .where(inArray(disputes.id, disputeIds))
    : [];

  const serviceOrderIds = ids("service_order");
  const sos = serviceOrderIds.length
    ? await db
        .select({ id: serviceOrders.id, serviceNo: serviceOrders.serviceNo, orderNo: orders.orderNo })
        .from(serviceOrders)
        .innerJoin(orders, eq(orders.id, serviceOrders.orderId))
        .where(inArray(serviceOrders.id, serviceOrderIds))
    : [];

  const result = new Map<string, ViolationSource>();
  for (const row of rows) {
    const source = none(row.sourceType);
    const legacyForged = row.sourceType === "work_order" && itemToWorkOrder.has(row.sourceId ?? "");
    if (row.sourceType === "work_order" && row.sourceId && !legacyForged) {
      const wo = wos.find((w) => w.id === row.sourceId);
      if (wo) Object.assign(source, { workOrderId: wo.id, workOrderType: wo.type, orderNo: wo.orderNo });
    }
    if ((row.sourceType === "evidence_item" || legacyForged) && row.sourceId) {
      const wo = wos.find((w) => w.id === itemToWorkOrder.get(row.sourceId ?? ""));
      if (wo)
        Object.assign(source, {
          workOrderId: wo.id,
          workOrderType: wo.type,
          orderNo: wo.orderNo,
          evidenceItemId: row.sourceId,
        });
    }
    if (row.sourceType === "dispute" && row.sourceId) {
      const d = ds.find((x) => x.id === row.sourceId);
      if (d) Object.assign(source, { disputeId: d.id, disputeScenario: d.scenario, orderNo: d.orderNo });
    }
    if (row.sourceType === "service_order" && row.sourceId) {
      const so = sos.find((x) => x.id === row.sourceId);
      if (so) Object.assign(source, { serviceOrderId: so.id, serviceNo: so.serviceNo, orderNo: so.orderNo });
    }
    result.set(row.id, source);
  }
  return result;
}
