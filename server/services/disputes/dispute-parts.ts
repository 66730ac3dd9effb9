import { and, asc, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { evidenceItems, files, invoiceRequests, refunds, users, workOrders } from "@/db/schema";
import type { LocalizedText } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import { urgeVerdict } from "@/server/domain/policies/urge-verdict";
import type { DisputePolicy, EvidenceSlot } from "@/server/domain/policies/types";
import type { DisputeRow } from "./dispute-access";

/** DSP-1: the chosen plan in plain words — its label and what it means for the consumer. */
export function chosenPlanOf(dispute: DisputeRow, policy: DisputePolicy) {
  if (!dispute.planKind || !dispute.planKey) return null;
  const payload = dispute.planPayload ?? {};
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  const fields = {
    note: text(payload.note),
    date: text(payload.date),
    invoiceNo: text(payload.invoiceNo),
    invoiceFileId: text(payload.invoiceFileId),
    statement: text(payload.statement),
  };
  if (dispute.planKind === "settlement") {
    const plan = policy.settlementPlans.find((p) => p.key === dispute.planKey);
    return {
      kind: "settlement" as const,
      key: dispute.planKey,
      label: plan?.label ?? fallback(dispute.planKey),
      explanation: plan?.explanation ?? null,
      reason: null,
      ...fields,
    };
  }
  const reason = policy.noFault?.reasons.find((r) => r.key === dispute.evidenceReason);
  return {
    kind: "no_fault" as const,
    key: dispute.planKey,
    label: policy.noFault?.label ?? fallback("no_fault"),
    explanation: null,
    reason: reason ? { key: reason.key, label: reason.label } : null,
    ...fields,
  };
}

const fallback = (key: string): LocalizedText => ({ "zh-CN": key, en: key });

export interface EvidenceGroup {
  slot: string;
  label: LocalizedText;
  accepts: readonly FileKind[];
  items: { id: string; fileId: string; name: string; kind: FileKind; invalidReason: string | null }[];
}

/** WO-3: the submitted evidence grouped by the reason's slots, in slot order. */
export async function evidenceBySlot(db: DbOrTx, dispute: DisputeRow, policy: DisputePolicy): Promise<EvidenceGroup[]> {
  if (dispute.planKind !== "no_fault") return [];
  const rows = await db
    .select({
      id: evidenceItems.id,
      slot: evidenceItems.slot,
      fileId: evidenceItems.fileId,
      name: files.originalName,
      kind: files.kind,
      invalidReason: evidenceItems.invalidReason,
    })
    .from(evidenceItems)
    .innerJoin(files, eq(files.id, evidenceItems.fileId))
    .where(and(eq(evidenceItems.recordType, "dispute"), eq(evidenceItems.recordId, dispute.id)))
    .orderBy(asc(evidenceItems.slot), asc(evidenceItems.position));
  const reason = policy.noFault?.reasons.find((r) => r.key === dispute.evidenceReason);
  const slots: readonly EvidenceSlot[] = reason?.slots ?? [];
  const groups: EvidenceGroup[] = slots.map((s) => ({ slot: s.key, label: s.label, accepts: s.accepts, items: [] }));
  for (const row of rows) {
    let group = groups.find((g) => g.slot === row.slot);
    if (!group) {
      group = { slot: row.slot, label: fallback(row.slot), accepts: [], items: [] };
      groups.push(group);
    }
    group.items.push({
      id: row.id,
      fileId: row.fileId,
      name: row.name,
      kind: row.kind,
      invalidReason: row.invalidReason,
    });
  }
  return groups;
}

/** DSP-INV-2: the urge work order's outcome — what was replied, whether on time, and what it implies. */
export async function urgeOutcomeOf(db: DbOrTx, dispute: DisputeRow) {
  if (!dispute.workOrderId) return null;
  const [wo] = await db.select().from(workOrders).where(eq(workOrders.id, dispute.workOrderId));
  if (!wo) return null;
  const resolution = wo.reply?.resolution ?? null;
  let resolutionLabel: LocalizedText | null = null;
  try {
    resolutionLabel =
      workOrderPolicy(wo.policyId, wo.policyVersion).resolutions.find((r) => r.key === resolution)?.label ?? null;
  } catch {
    resolutionLabel = null;
  }
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    id: wo.id,
    status: wo.status,
    openedAt: wo.openedAt,
    dueAt: wo.dueAt,
    repliedAt: wo.repliedAt,
    replyOnTime: wo.replyOnTime,
    resolution,
    resolutionLabel,
    promisedAt: text(wo.reply?.promisedAt),
    invoiceNo: text(wo.reply?.invoiceNo),
    note: text(wo.reply?.note),
    closedAt: wo.closedAt,
    verdict: urgeVerdict(wo, dispute.responsibleParty),
  };
}

export async function invoiceOf(db: DbOrTx, dispute: DisputeRow) {
  const pick = {
    id: invoiceRequests.id,
    status: invoiceRequests.status,
    invoicingParty: invoiceRequests.invoicingParty,
    invoiceType: invoiceRequests.invoiceType,
    title: invoiceRequests.title,
    taxId: invoiceRequests.taxId,
    supplementary: invoiceRequests.supplementary,
    requestedAt: invoiceRequests.requestedAt,
    refusedAt: invoiceRequests.refusedAt,
    refuseReason: invoiceRequests.refuseReason,
    issuedAt: invoiceRequests.issuedAt,
    invoiceNo: invoiceRequests.invoiceNo,
    invoiceFileId: invoiceRequests.invoiceFileId,
  };
  const [disputed] = dispute.invoiceRequestId
    ? await db.select(pick).from(invoiceRequests).where(eq(invoiceRequests.id, dispute.invoiceRequestId))
    : [];
  // The order's live request: tells the "invoice issued" plan whether an invoice already exists.
  const [current] = await db
    .select(pick)
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.orderId, dispute.orderId), ne(invoiceRequests.status, "refused")))
    .limit(1);
  return { invoice: disputed ?? null, currentInvoice: current ?? null };
}

export async function judgmentOf(db: DbOrTx, dispute: DisputeRow) {
  if (dispute.status !== "judged" || !dispute.liableParty || !dispute.remedy) return null;
  const [judge] = dispute.judgedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, dispute.judgedBy))
    : [];
  return {
    liableParty: dispute.liableParty,
    remedy: dispute.remedy,
    amountFen: dispute.remedyAmountFen,
    reason: dispute.judgmentReason ?? "",
    judgedAt: dispute.judgedAt,
    judgedByName: judge?.name ?? null,
  };
}

export async function refundsOf(db: DbOrTx, dispute: DisputeRow) {
  return db
    .select({
      id: refunds.id,
      kind: refunds.kind,
      amountFen: refunds.amountFen,
      reason: refunds.reason,
      reasonMessage: refunds.reasonMessage,
      cause: refunds.cause,
      createdAt: refunds.createdAt,
    })
    .from(refunds)
    .where(and(eq(refunds.sourceType, "dispute"), eq(refunds.sourceId, dispute.id)))
    .orderBy(asc(refunds.createdAt));
}

/** Whoever must act next and by when (platform judging has no deadline, only a waiting time). */
export function deadlineOf(dispute: DisputeRow) {
  switch (dispute.status) {
    case "awaiting_merchant":
      return { party: dispute.responsibleParty, dueAt: dispute.dueAt, since: dispute.openedAt };
    case "awaiting_consumer":
      return { party: "consumer" as const, dueAt: dispute.dueAt, since: dispute.answeredAt };
    case "platform_judging":
      return { party: "platform" as const, dueAt: null, since: dispute.judgingSince };
    default:
      return null;
  }
}
