import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { sweepFailures } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";

export const retryStuckDeadlineInput = z.object({ task: z.string().min(1).max(100), recordId: z.string().max(64) });

/**
 * An admin asks for a failed deadline to be tried again at the next sweep instead of after its
 * backoff. The attempt count stays, so the list still shows how often it failed; success or the
 * record leaving its waiting state removes the entry. Audited on the record as an internal note.
 */
export async function retryStuckDeadline(ctx: ServiceContext, input: z.output<typeof retryStuckDeadlineInput>) {
  const { db, now } = ctx;
  const by = actingOf(ctx);
  if (!isUuid(input.recordId)) throw notFound();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(sweepFailures)
      .set({ nextAttemptAt: now })
      .where(and(eq(sweepFailures.task, input.task), eq(sweepFailures.recordId, input.recordId)))
      .returning();
    if (!row) throw notFound();
    await emitAudit(tx, {
      shopId: null,
      recordType: row.recordType,
      recordId: row.recordId,
      by,
      action: `${row.recordType}.deadline_retry_requested`,
      payload: { task: row.task, attempts: row.attempts },
      internal: true,
      at: now,
    });
    return { task: row.task, recordId: row.recordId, nextAttemptAt: row.nextAttemptAt };
  });
}
