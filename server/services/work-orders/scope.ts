import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workOrders } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";
import { tenantFilter, tenantOfKind, type Tenant } from "../tenant";
import type { WorkOrderRow } from "./transition";

/**
 * Who may see a work order (SHOP-3, SHOP-1): the consumer who urged it; the merchant of its
 * shop when it is routed to the merchant (SOP); platform admins any of them. Replying is
 * narrower for admins: only platform-routed (FBP) ones — see `responderFilter`.
 */
export function workOrderTenantFilter(tenant: Tenant): SQL | undefined {
  return tenantFilter(tenant, {
    shop: workOrders.shopId,
    consumer: workOrders.consumerId,
    merchantOnly: eq(workOrders.routedTo, "merchant"),
  });
}

/** Who answers a work order: the merchant for its own shop, the platform for FBP; consumers FORBIDDEN. */
export function responderFilter(tenant: Tenant): SQL | undefined {
  if (tenant.kind === "admin") return eq(workOrders.routedTo, "platform");
  return workOrderTenantFilter(tenantOfKind(tenant, "merchant"));
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
