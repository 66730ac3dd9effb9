import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workOrders } from "@/db/schema";
import { workOrderMachine, type WorkOrderEvent } from "@/server/domain/machines/work-order";
import { staleState } from "@/server/domain/errors";
import type { WorkOrderStatus } from "@/server/domain/work-order";

export type WorkOrderRow = typeof workOrders.$inferSelect;
type WorkOrderChanges = Partial<Omit<typeof workOrders.$inferInsert, "id" | "status" | "shopId">>;

/**
 * The only way a work order changes status: the transition table decides the target, and
 * the write is compare-and-set on the status the caller saw. Someone acting first → CONFLICT.
 */
export async function transitionWorkOrder(
  tx: DbOrTx,
  row: Pick<WorkOrderRow, "id" | "status">,
  event: WorkOrderEvent,
  changes: WorkOrderChanges = {},
): Promise<{ row: WorkOrderRow; from: WorkOrderStatus; to: WorkOrderStatus }> {
  const to = workOrderMachine.next(row.status, event);
  const [updated] = await tx
    .update(workOrders)
    .set({ ...changes, status: to })
    .where(and(eq(workOrders.id, row.id), eq(workOrders.status, row.status)))
    .returning();
  if (!updated) throw staleState();
  return { row: updated, from: row.status, to };
}
