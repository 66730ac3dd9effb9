import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { complaintOrders, complaints, evidenceItems, files, orders } from "@/db/schema";
import type { ComplaintStatus } from "@/server/domain/complaint";
import { isPastDue } from "@/server/domain/deadlines";
import { DomainError, notFound } from "@/server/domain/errors";
import type { Acting } from "../acting";
import { emitAudit } from "../audit/emit";
import { isUuid } from "../ids";
import type { Placement } from "../intervention/intervention-work-order";
import { tenantFilter, type Tenant } from "../tenant";

export type ComplaintRow = typeof complaints.$inferSelect;

export const complaintNotFound = () => notFound({ "zh-CN": "投诉不存在", en: "Complaint not found" });

/**
 * SHOP-3: a merchant sees its own shop's complaints; admins every one; consumers none (MAL-3:
 * the consumer sees nothing of complaints and marks).
 */
export const complaintTenantFilter = (tenant: Tenant) =>
  tenantFilter(tenant, { shop: complaints.shopId, consumer: null });

/** Fetch-or-throw a complaint through the tenant; another shop's id → NOT_FOUND. */
export async function loadComplaint(
  db: DbOrTx,
  tenant: Tenant,
  complaintId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ComplaintRow> {
  if (!isUuid(complaintId)) throw complaintNotFound();
  const query = db
    .select()
    .from(complaints)
    .where(and(eq(complaints.id, complaintId), complaintTenantFilter(tenant)))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  if (!row) throw complaintNotFound();
  return row;
}

/** The orders a complaint names, in order-number order. */
export async function complaintOrdersOf(db: DbOrTx, complaintId: string) {
  return db
    .select({
      id: orders.id,
      orderNo: orders.orderNo,
      status: orders.status,
      amountFen: orders.amountFen,
      paidAt: orders.paidAt,
      shippedAt: orders.shippedAt,
      cancelledAt: orders.cancelledAt,
    })
    .from(complaintOrders)
    .innerJoin(orders, eq(orders.id, complaintOrders.orderId))
    .where(eq(complaintOrders.complaintId, complaintId))
    .orderBy(asc(orders.orderNo));
}

/** The evidence of a complaint by slot (filing and supplement), in position order. */
export async function complaintEvidenceOf(db: DbOrTx, complaintId: string) {
  return db
    .select({
      id: evidenceItems.id,
      slot: evidenceItems.slot,
      fileId: evidenceItems.fileId,
      name: files.originalName,
      kind: files.kind,
      sizeBytes: files.sizeBytes,
      addedAt: evidenceItems.createdAt,
      invalidReason: evidenceItems.invalidReason,
    })
    .from(evidenceItems)
    .innerJoin(files, eq(files.id, evidenceItems.fileId))
    .where(and(eq(evidenceItems.recordType, "complaint"), eq(evidenceItems.recordId, complaintId)))
    .orderBy(asc(evidenceItems.slot), asc(evidenceItems.position), asc(evidenceItems.createdAt));
}

/** WO-3: a complaint's files are stored submitted (frozen) at once — filing is the one submission. */
export async function insertComplaintEvidence(
  db: DbOrTx,
  row: Pick<ComplaintRow, "id" | "shopId">,
  placements: readonly Placement[],
  by: Acting,
  now: Date,
): Promise<void> {
  if (placements.length === 0) return;
  await db.insert(evidenceItems).values(
    placements.map((p) => ({
      shopId: row.shopId,
      recordType: "complaint" as const,
      recordId: row.id,
      slot: p.slot,
      fileId: p.fileId,
      position: p.position,
      submitted: true,
      addedBy: by.userId ?? "system",
      createdAt: now,
    })),
  );
}

/** SHOP-4: one audit event of a complaint (record type 'complaint'). */
export function auditComplaint(
  tx: DbOrTx,
  row: Pick<ComplaintRow, "id" | "shopId">,
  e: { by: Acting; action: string; from?: ComplaintStatus | null; to?: ComplaintStatus | null; now: Date } & {
    payload?: Record<string, unknown>;
    internal?: boolean;
  },
) {
  return emitAudit(tx, {
    shopId: row.shopId,
    recordType: "complaint",
    recordId: row.id,
    by: e.by,
    action: `complaint.${e.action}`,
    from: e.from ?? null,
    to: e.to ?? null,
    payload: e.payload ?? {},
    internal: e.internal ?? false,
    at: e.now,
  });
}

/** The merchant's material window is over at `materialDueAt` exactly; the sweeper closes it. */
export function assertMaterialWindowOpen(row: ComplaintRow, now: Date): void {
  if (!row.materialDueAt || isPastDue(row.materialDueAt, now)) {
    throw new DomainError("CONFLICT", "MATERIAL_WINDOW_CLOSED", {
      "zh-CN": "补充材料时限已过,投诉将被关闭",
      en: "The time to supply the material is over; the complaint is closed",
    });
  }
}

/** Moves a complaint only from the status it was read in (a concurrent decision loses: STALE_STATE). */
export async function updateComplaintFrom(
  tx: DbOrTx,
  row: ComplaintRow,
  set: Partial<typeof complaints.$inferInsert>,
): Promise<ComplaintRow | null> {
  const [updated] = await tx
    .update(complaints)
    .set(set)
    .where(and(eq(complaints.id, row.id), eq(complaints.status, row.status)))
    .returning();
  return updated ?? null;
}
