import type { Tx } from "@/db/client";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { lockServiceOrder, type OrderRow, type ServiceOrderRow } from "./service-order-access";

/**
 * A verb's transaction on one service order: the audience check (another audience → FORBIDDEN),
 * then the order-then-service-order lock through the tenant (another shop's or consumer's id →
 * NOT_FOUND), then the verb's work on the locked, current row.
 */
export function onServiceOrder<T>(
  ctx: ServiceContext,
  audience: "merchant" | "consumer" | "admin" | null,
  serviceOrderId: string,
  work: (tx: Tx, row: ServiceOrderRow, order: OrderRow) => Promise<T>,
): Promise<T> {
  if (audience) tenantOfKind(ctx.tenant, audience);
  return ctx.db.transaction(async (tx) => {
    const { row, order } = await lockServiceOrder(tx, ctx.tenant, serviceOrderId);
    return work(tx, row, order);
  });
}
