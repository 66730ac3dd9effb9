import { and, eq, gt, isNull } from "drizzle-orm";
import { workOrders } from "@/db/schema";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import { notify } from "./notify";
import type { ServiceContext } from "../service-context";

/** The reminder is due when at most the policy's `reminderBeforeMs` is left, and the deadline has not passed. */
export function reminderDue(dueAt: Date, reminderBeforeMs: number, now: Date): boolean {
  const left = dueAt.getTime() - now.getTime();
  return left > 0 && left <= reminderBeforeMs;
}

/**
 * NTF-1: an open work order routed to the merchant gets one reminder when the policy it was
 * opened under (ROL-1) says so (4h left for urge-invoice). `reminder_sent_at` is set by
 * compare-and-set and the notification is unique by its dedupe key, so retries and concurrent
 * sweeps remind once. Returns false when there is nothing (any more) to do.
 */
export async function remindWorkOrder(ctx: ServiceContext, input: { workOrderId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { workOrderId } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(workOrders).where(eq(workOrders.id, workOrderId)).limit(1);
    if (!row || row.status !== "open" || row.routedTo !== "merchant" || row.reminderSentAt || !row.dueAt) return false;
    const policy = workOrderPolicy(row.policyId, row.policyVersion);
    if (!reminderDue(row.dueAt, policy.reminderBeforeMs, now)) return false;

    const [claimed] = await tx
      .update(workOrders)
      .set({ reminderSentAt: now })
      .where(
        and(
          eq(workOrders.id, row.id),
          eq(workOrders.status, "open"),
          isNull(workOrders.reminderSentAt),
          gt(workOrders.dueAt, now),
        ),
      )
      .returning({ id: workOrders.id });
    if (!claimed) return false;

    return notify(tx, {
      to: { shopId: row.shopId },
      kind: "work_order.reminder",
      params: { type: row.type, dueAt: row.dueAt.toISOString() },
      record: { type: "work_order", id: row.id },
      dedupeKey: `reminder:work_order:${row.id}`,
      now,
    });
  });
}
