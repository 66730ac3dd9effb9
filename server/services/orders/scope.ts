import { and, eq, type SQL } from "drizzle-orm";
import { orders } from "@/db/schema";
import { tenantFilter, type Tenant } from "../tenant";

/**
 * Whose orders a caller may see (SHOP-3): a merchant's shop, a consumer's own, any for platform
 * admins; `shopId` narrows to one shop (the admin's shop pages name it). Every order load
 * filters by this.
 */
export function orderTenantFilter(tenant: Tenant, shopId?: string): SQL | undefined {
  return and(
    tenantFilter(tenant, { shop: orders.shopId, consumer: orders.consumerId }),
    shopId === undefined ? undefined : eq(orders.shopId, shopId),
  );
}
