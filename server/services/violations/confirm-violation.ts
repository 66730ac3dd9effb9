import { z } from "zod";
import { DomainError } from "@/server/domain/errors";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { assertWithinWindow, loadViolation, notPending, transitionViolation } from "./violation-access";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";

export const confirmViolationInput = z.strictObject({ violationId: z.string().max(64) });
export type ConfirmViolationInput = z.infer<typeof confirmViolationInput>;

/**
 * VIO-2: the merchant accepts a pending ticket within its 7 days; it takes effect at once
 * (effective_at = now). Compare-and-set from `pending`: a ticket already appealed, confirmed or
 * taken effect → CONFLICT saying which; at or after the due instant → CONFLICT (it takes effect
 * by itself).
 */
export async function confirmViolation(ctx: ServiceContext, input: ConfirmViolationInput) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const ticket = await loadViolation(tx, { kind: "merchant", shopId }, input.violationId);
    if (ticket.status !== "pending") throw notPending(ticket);
    assertWithinWindow(ticket, now);
    const { row, from, to } = await transitionViolation(tx, ticket, "confirm", {
      decidedAt: now,
      decidedBy: by.userId ?? "system",
      effectiveAt: now,
    }).catch(async (error: unknown) => {
      if (error instanceof DomainError && error.code === "STALE_STATE")
        throw notPending(await loadViolation(tx, { kind: "merchant", shopId }, ticket.id));
      throw error;
    });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "violation",
      recordId: row.id,
      by,
      action: "violation.confirmed",
      from,
      to,
      payload: { points: row.points },
      at: now,
    });
    return { id: row.id, status: row.status, effectiveAt: row.effectiveAt };
  });
}
