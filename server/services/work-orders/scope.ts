import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workOrders } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";
import type { WorkOrderRow } from "./transition";

/**
 * Who may see a work order (SHOP-3, SHOP-1): the consumer who urged it; the merchant of its
 * shop when it is routed to the merchant (SOP); platform admins any of them. Replying is
 * narrower for admins: only platform-routed (FBP) ones — see `responderScope`.
 */
export type WorkOrderViewer = { kind: "consumer"; consumerId: string } | { kind: "merchant"; shopId: string } | { kind: "admin" };

/** Who answers a work order: the merchant for its own shop, or the platform for FBP. */
export type WorkOrderResponder = { kind: "merchant"; shopId: string } | { kind: "admin" };

export function viewerFilter(viewer: WorkOrderViewer): SQL | undefined {
  switch (viewer.kind) {
    case "consumer":
      return eq(workOrders.consumerId, viewer.consumerId);
    case "merchant":
      return and(eq(workOrders.shopId, viewer.shopId), eq(workOrders.routedTo, "merchant"));
    case "admin":
      return undefined;
  }
}

export function responderFilter(responder: WorkOrderResponder): SQL | undefined {
  return responder.kind === "merchant"
    ? and(eq(workOrders.shopId, responder.shopId), eq(workOrders.routedTo, "merchant"))
    : eq(workOrders.routedTo, "platform");
}

export const workOrderNotFound = () => notFound({ "zh-CN": "工单不存在", en: "Work order not found" });

/** Fetch-or-throw through a tenant filter; ids that are not ours are simply not found. */
export async function loadWorkOrder(db: DbOrTx, workOrderId: string, filter: SQL | undefined): Promise<WorkOrderRow> {
  if (!isUuid(workOrderId)) throw workOrderNotFound();
  const [row] = await db
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.id, workOrderId), filter))
    .limit(1);
  if (!row) throw workOrderNotFound();
  return row;
}
