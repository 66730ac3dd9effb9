import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { disputes } from "@/db/schema";
import { DomainError, notFound, staleState } from "@/server/domain/errors";
import { disputeMachine, type DisputeEvent } from "@/server/domain/machines/dispute";
import type { DisputeStatus } from "@/server/domain/dispute";
import { isUuid } from "../ids";
import { tenantFilter, type Tenant } from "../tenant";

export type DisputeRow = typeof disputes.$inferSelect;
type DisputeChanges = Partial<
  Omit<typeof disputes.$inferInsert, "id" | "status" | "shopId" | "policyId" | "policyVersion">
>;

export const disputeNotFound = () => notFound({ "zh-CN": "纠纷单不存在", en: "Dispute not found" });

/**
 * Who sees a dispute (SHOP-3): a consumer their own; a merchant its shop's merchant-responsible
 * disputes only (SHOP-1: FBP invoice disputes belong to the platform); an admin every dispute.
 */
export function disputeTenantFilter(tenant: Tenant): SQL | undefined {
  return tenantFilter(tenant, {
    shop: disputes.shopId,
    consumer: disputes.consumerId,
    merchantOnly: eq(disputes.responsibleParty, "merchant"),
  });
}

/** Fetch-or-throw through the tenant. Ids that are not uuids cannot exist. */
export async function loadDispute(
  db: DbOrTx,
  tenant: Tenant,
  disputeId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<DisputeRow> {
  if (!isUuid(disputeId)) throw disputeNotFound();
  const query = db
    .select()
    .from(disputes)
    .where(and(eq(disputes.id, disputeId), disputeTenantFilter(tenant)))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  if (!row) throw disputeNotFound();
  return row;
}

/**
 * The only way a dispute changes status: the transition table decides the target and the
 * write is compare-and-set on the status the caller saw. Someone acting first → CONFLICT.
 */
export async function transitionDispute(
  db: DbOrTx,
  row: Pick<DisputeRow, "id" | "status">,
  event: DisputeEvent,
  changes: DisputeChanges = {},
): Promise<{ row: DisputeRow; from: DisputeStatus; to: DisputeStatus }> {
  const to = disputeMachine.next(row.status, event);
  const [updated] = await db
    .update(disputes)
    .set({ ...changes, status: to })
    .where(and(eq(disputes.id, row.id), eq(disputes.status, row.status)))
    .returning();
  if (!updated) throw staleState();
  return { row: updated, from: row.status, to };
}

export const pastDeadline = (zh: string, en: string) =>
  new DomainError("CONFLICT", "PAST_DEADLINE", { "zh-CN": zh, en });
