import { eq, type SQL } from "drizzle-orm";
import { orders } from "@/db/schema";

/**
 * Whose orders a caller may see (SHOP-3): a merchant's shop, a consumer's own, or — for
 * platform admins — any shop they name. Every order load filters by one of these.
 */
export type OrderScope = { shopId: string } | { consumerId: string };

export function orderScopeFilter(scope: OrderScope): SQL {
  return "shopId" in scope ? eq(orders.shopId, scope.shopId) : eq(orders.consumerId, scope.consumerId);
}
