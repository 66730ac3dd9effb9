import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appeals, disputes, evidenceItems, users, violations, workOrders } from "@/db/schema";
import type { AppealStatus } from "@/server/domain/appeal";
import { isPastDue } from "@/server/domain/deadlines";
import { DomainError, notFound, staleState } from "@/server/domain/errors";
import {
  appealMachine,
  violationMachine,
  type AppealEvent,
  type ViolationEvent,
} from "@/server/domain/machines/violation";
import type { ViolationStatus } from "@/server/domain/violation";
import { isUuid } from "../ids";
import { tenantFilter, type Tenant } from "../tenant";

export type ViolationRow = typeof violations.$inferSelect;
export type AppealRow = typeof appeals.$inferSelect;
type ViolationChanges = Partial<Pick<typeof violations.$inferInsert, "decidedAt" | "decidedBy" | "effectiveAt">>;
type AppealChanges = Partial<Pick<typeof appeals.$inferInsert, "decidedAt" | "decidedBy" | "decisionReason">>;

export const violationNotFound = () => notFound({ "zh-CN": "违约单不存在", en: "Violation ticket not found" });
export const appealNotFound = () => notFound({ "zh-CN": "申诉不存在", en: "Appeal not found" });

/** Who sees tickets (SHOP-3): the merchant its own shop's, admins every shop's, consumers none. */
export function violationTenantFilter(tenant: Tenant): SQL | undefined {
  return tenantFilter(tenant, { shop: violations.shopId, consumer: null });
}

/** Fetch-or-throw a ticket through the tenant; ids that are not uuids cannot exist. */
export async function loadViolation(
  db: DbOrTx,
  tenant: Tenant,
  violationId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ViolationRow> {
  if (!isUuid(violationId)) throw violationNotFound();
  const query = db
    .select()
    .from(violations)
    .where(and(eq(violations.id, violationId), violationTenantFilter(tenant)))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  if (!row) throw violationNotFound();
  return row;
}

export async function loadAppealOf(db: DbOrTx, violationId: string): Promise<AppealRow | null> {
  const [row] = await db.select().from(appeals).where(eq(appeals.violationId, violationId)).limit(1);
  return row ?? null;
}

/** The only way a ticket changes status: the transition table, then compare-and-set on the status seen. */
export async function transitionViolation(
  db: DbOrTx,
  row: Pick<ViolationRow, "id" | "status">,
  event: ViolationEvent,
  changes: ViolationChanges = {},
): Promise<{ row: ViolationRow; from: ViolationStatus; to: ViolationStatus }> {
  const to = violationMachine.next(row.status, event);
  const [updated] = await db
    .update(violations)
    .set({ ...changes, status: to })
    .where(and(eq(violations.id, row.id), eq(violations.status, row.status)))
    .returning();
  if (!updated) throw staleState();
  return { row: updated, from: row.status, to };
}

export async function transitionAppeal(
  db: DbOrTx,
  row: Pick<AppealRow, "id" | "status">,
  event: AppealEvent,
  changes: AppealChanges = {},
): Promise<{ row: AppealRow; from: AppealStatus; to: AppealStatus }> {
  const to = appealMachine.next(row.status, event);
  const [updated] = await db
    .update(appeals)
    .set({ ...changes, status: to })
    .where(and(eq(appeals.id, row.id), eq(appeals.status, row.status)))
    .returning();
  if (!updated) throw staleState();
  return { row: updated, from: row.status, to };
}

/** VIO-2: confirming or appealing is possible until the due instant, not at it. */
export function assertWithinWindow(row: ViolationRow, now: Date): void {
  if (row.status === "pending" && isPastDue(row.dueAt, now)) {
    throw new DomainError("CONFLICT", "APPEAL_WINDOW_CLOSED", {
      "zh-CN": "已超过 7 天确认/申诉期限,违约单已视为认可并自动生效",
      en: "The 7-day window to confirm or appeal has closed; the ticket is taken as accepted and takes effect",
    });
  }
}

/** The ticket is no longer pending: say what happened to it instead of a bare conflict. */
export function notPending(row: ViolationRow): DomainError {
  const text: Record<Exclude<ViolationStatus, "pending">, { "zh-CN": string; en: string }> = {
    appealed: { "zh-CN": "该违约单已提交申诉,等待平台审核", en: "This ticket has been appealed and awaits review" },
    effective: { "zh-CN": "该违约单已生效", en: "This ticket has already taken effect" },
    overturned: { "zh-CN": "该违约单已撤销", en: "This ticket has been overturned" },
  };
  return row.status === "pending"
    ? staleState()
    : new DomainError("CONFLICT", "NOT_PENDING", text[row.status], { status: row.status });
}

/**
 * VIO-3: the people who made the decision that raised the ticket — they may not decide its
 * appeal. The raiser (an admin who raised it by hand or while judging), and for tickets whose
 * source is a dispute judgment or a work-order decision, whoever judged or decided it (the
 * raiser may be "system" there). A forged-evidence ticket's source is the evidence item; the
 * decider of the work order it belongs to counts too.
 */
export async function firstDeciders(
  db: DbOrTx,
  row: Pick<ViolationRow, "raisedBy" | "sourceType" | "sourceId">,
): Promise<string[]> {
  const ids = new Set<string>();
  if (row.raisedBy !== "system") ids.add(row.raisedBy);
  const sourceId = row.sourceId;
  if (sourceId && row.sourceType === "dispute") {
    const [d] = await db.select({ judgedBy: disputes.judgedBy }).from(disputes).where(eq(disputes.id, sourceId));
    if (d?.judgedBy) ids.add(d.judgedBy);
  }
  // Older forged-evidence tickets say work_order with the evidence item's id.
  const mayBeItem = row.sourceType === "evidence_item" || row.sourceType === "work_order";
  const viaItem = sourceId && mayBeItem ? await workOrderOfEvidenceItem(db, sourceId) : null;
  const workOrderId = viaItem ?? (row.sourceType === "work_order" ? sourceId : null);
  if (workOrderId) {
    const [w] = await db
      .select({ decidedBy: workOrders.decidedBy })
      .from(workOrders)
      .where(eq(workOrders.id, workOrderId));
    if (w?.decidedBy) ids.add(w.decidedBy);
  }
  return [...ids];
}

/** WO-TM-7: the work order a forged evidence item belongs to. */
export async function workOrderOfEvidenceItem(db: DbOrTx, evidenceItemId: string): Promise<string | null> {
  const [item] = await db
    .select({ recordId: evidenceItems.recordId })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.id, evidenceItemId), eq(evidenceItems.recordType, "work_order")))
    .limit(1);
  return item?.recordId ?? null;
}

/** Display names of user ids ("system" and unknown ids map to nothing). */
export async function namesOf(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null && id !== "system"))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
