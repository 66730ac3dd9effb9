import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceObligations } from "@/db/schema";
import type { DeadlineTask } from "@/server/services/sweep/sweep";
import type { ReadyFilter } from "@/server/services/sweep/sweep-failures";
import { breakInvoiceObligation } from "./break-obligation";

/**
 * DSP-INV-3: open invoicing obligations past their deadline, optionally for some shops only.
 * Claimed by dispute (one obligation each), so a stuck one links to its dispute.
 */
export function invoiceObligationTasksFor(shopIds?: readonly string[]): readonly DeadlineTask[] {
  return [
    {
      name: "invoice_obligation.break",
      recordType: "dispute",
      claim: async (tx: Tx, now: Date, limit: number, ready: ReadyFilter) => {
        const due = and(eq(invoiceObligations.status, "open"), lte(invoiceObligations.dueAt, now));
        const shops = shopIds ? inArray(invoiceObligations.shopId, [...shopIds]) : undefined;
        const rows = await tx
          .select({ id: invoiceObligations.disputeId })
          .from(invoiceObligations)
          .where(and(due, ready(invoiceObligations.disputeId), shops))
          .orderBy(asc(invoiceObligations.dueAt), asc(invoiceObligations.id))
          .limit(limit)
          .for("update", { skipLocked: true });
        return rows.map((r) => r.id);
      },
      apply: (ctx, id) => breakInvoiceObligation(ctx, { disputeId: id }),
    },
  ];
}

export const invoiceObligationTasks: readonly DeadlineTask[] = invoiceObligationTasksFor();
