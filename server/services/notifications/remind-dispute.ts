import { eq } from "drizzle-orm";
import { disputes } from "@/db/schema";
import { HOUR_MS } from "@/server/domain/time";
import { notify } from "./notify";
import { reminderDue } from "./remind-work-order";
import type { ServiceContext } from "../service-context";

/** NTF-1: a dispute awaiting the merchant is reminded with this much time left (dispute policies carry no reminder of their own yet). */
export const DISPUTE_REMINDER_BEFORE_MS = 4 * HOUR_MS;

export const disputeReminderKey = (disputeId: string) => `reminder:dispute:${disputeId}`;

/**
 * NTF-1: a merchant-responsible dispute still awaiting the merchant's answer, with at most 4h
 * left, reminds the shop once. There is no column: the unique dedupe key makes it once,
 * whatever retries or concurrent sweeps do. Returns whether a reminder was created.
 */
export async function remindDispute(ctx: ServiceContext, input: { disputeId: string }): Promise<boolean> {
  const { db, now } = ctx;
  const { disputeId } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(disputes).where(eq(disputes.id, disputeId)).limit(1);
    if (!row || row.status !== "awaiting_merchant" || row.responsibleParty !== "merchant" || !row.dueAt) return false;
    if (!reminderDue(row.dueAt, DISPUTE_REMINDER_BEFORE_MS, now)) return false;
    return notify(tx, {
      to: { shopId: row.shopId },
      kind: "dispute.reminder",
      params: { scenario: row.scenario, dueAt: row.dueAt.toISOString() },
      record: { type: "dispute", id: row.id },
      dedupeKey: disputeReminderKey(row.id),
      now,
    });
  });
}
