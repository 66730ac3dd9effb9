import { eq } from "drizzle-orm";
import { serviceOrders } from "@/db/schema";
import { isLiveServiceOrderStatus } from "@/server/domain/after-sales";
import { afterSalesPolicy } from "@/server/domain/policies/registry";
import { deadlinePartyOf } from "@/server/domain/service-order-deadlines";
import { markReminderSent } from "../after-sales/service-order-writes";
import type { ServiceContext } from "../service-context";
import { notifyServiceOrderReminder } from "./after-sales-notifications";
import { reminderDue } from "./remind-work-order";

/**
 * NTF-1: a service order whose running deadline is the merchant's (review AS-2, processing AS-4,
 * repair and on-site AS-3) reminds the shop once when at most the pinned policy's reminder lead
 * (4h in v1) is left — or at once when the whole window is shorter (reminderAt). reminder_sent_at
 * is set by compare-and-set on the deadline it saw (a new deadline clears it), and the
 * notification is unique per deadline, so retries and concurrent sweeps remind once.
 */
export async function remindServiceOrder(ctx: ServiceContext, input: { serviceOrderId: string }): Promise<boolean> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(serviceOrders).where(eq(serviceOrders.id, input.serviceOrderId)).limit(1);
    if (!row || !isLiveServiceOrderStatus(row.status) || row.reminderSentAt || !row.dueAt || !row.dueKind) return false;
    if (deadlinePartyOf[row.dueKind] !== "merchant") return false;
    const policy = afterSalesPolicy(row.policyId, row.policyVersion);
    if (!reminderDue(row.dueAt, policy.reminderBeforeMs, now)) return false;
    if (!(await markReminderSent(tx, row, now))) return false;
    return notifyServiceOrderReminder(tx, { ...row, dueKind: row.dueKind, dueAt: row.dueAt }, now);
  });
}
