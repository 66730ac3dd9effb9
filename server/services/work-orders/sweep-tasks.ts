import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { workOrders } from "@/db/schema";
import type { WorkOrderStatus } from "@/server/domain/work-order";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { breakPromise } from "./break-promise";
import { expireWorkOrder } from "./expire-work-order";

/**
 * Claims due work orders in one status, oldest deadline first, skipping rows another sweeper
 * holds (FOR UPDATE SKIP LOCKED), so concurrent sweepers take disjoint batches. `shopIds`
 * narrows the sweep (tests sharing one database sweep only their own shops).
 */
function claimDue(status: WorkOrderStatus, shopIds?: readonly string[]) {
  return async (tx: Tx, now: Date, limit: number, ready: ReadyFilter): Promise<string[]> => {
    const rows = await tx
      .select({ id: workOrders.id })
      .from(workOrders)
      .where(
        and(
          eq(workOrders.status, status),
          lte(workOrders.dueAt, now),
          ready(workOrders.id),
          shopIds ? inArray(workOrders.shopId, [...shopIds]) : undefined,
        ),
      )
      .orderBy(asc(workOrders.dueAt), asc(workOrders.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    return rows.map((r) => r.id);
  };
}

/** The work-order deadlines (INV-7/WO-2 expiry, INV-6 broken promises), optionally for some shops only. */
export function workOrderDeadlineTasksFor(shopIds?: readonly string[]): readonly DeadlineTask[] {
  return [
    {
      name: "work_order.expire",
      recordType: "work_order",
      claim: claimDue("open", shopIds),
      apply: (ctx, id) => expireWorkOrder(ctx, { workOrderId: id }),
    },
    {
      name: "work_order.break_promise",
      recordType: "work_order",
      claim: claimDue("promised", shopIds),
      apply: (ctx, id) => breakPromise(ctx, { workOrderId: id }),
    },
  ];
}

export const workOrderDeadlineTasks: readonly DeadlineTask[] = workOrderDeadlineTasksFor();
