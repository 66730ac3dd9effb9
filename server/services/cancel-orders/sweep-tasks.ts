import { and, asc, eq, lte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cancelOrders, orders } from "@/db/schema";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { endInterceptionWindow } from "./end-interception-window";

/**
 * Due 48h windows, oldest first. The lock is taken on the ORDER rows (FOR UPDATE OF orders
 * SKIP LOCKED): every writer of a cancel order locks its order first, so concurrent sweepers
 * take disjoint orders and never wait on a consumer or merchant acting on the same one.
 */
async function claimDueWindows(tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> {
  const rows = await tx
    .select({ id: cancelOrders.id })
    .from(cancelOrders)
    .innerJoin(orders, eq(orders.id, cancelOrders.orderId))
    .where(and(eq(cancelOrders.status, "logistics_pending"), lte(cancelOrders.dueAt, now), ready(cancelOrders.id)))
    .orderBy(asc(cancelOrders.dueAt), asc(cancelOrders.id))
    .limit(limit)
    .for("update", { of: orders, skipLocked: true });
  return rows.map((r) => r.id);
}

/** DSP-CXL-4: the 48h interception window ends by itself. */
export const cancelOrderDeadlineTasks: readonly DeadlineTask[] = [
  {
    name: "cancel_order.end_interception_window",
    recordType: "cancel_order",
    claim: claimDueWindows,
    apply: (ctx, id) => endInterceptionWindow(ctx, { cancelOrderId: id }),
  },
];
