import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { evidenceItems, files, orders, workOrders } from "@/db/schema";
import { isPastDue } from "@/server/domain/deadlines";
import { DomainError, notFound, type LocalizedText } from "@/server/domain/errors";
import type { EvidenceSlot } from "@/server/domain/policies/types";
import { interventionTypes, type InterventionType, type WorkOrderType } from "@/server/domain/work-order";
import type { Acting } from "../acting";
import { isUuid } from "../ids";
import { workOrderTenantFilter } from "../work-orders/scope";
import type { WorkOrderRow } from "../work-orders/transition";
import type { Tenant } from "../tenant";

/** The platform-intervention work-order types, kept importable from here (defined in server/domain). */
export { interventionTypes, type InterventionType };

export const isInterventionType = (type: WorkOrderType): type is InterventionType =>
  (interventionTypes as readonly string[]).includes(type);

const workOrderNotFound = () => notFound({ "zh-CN": "工单不存在", en: "Work order not found" });

/** Fetch-or-throw an intervention work order through the tenant (SHOP-3: merchant-routed ones of its shop). */
export async function loadInterventionWorkOrder(
  db: DbOrTx,
  tenant: Tenant,
  workOrderId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<WorkOrderRow> {
  if (!isUuid(workOrderId)) throw workOrderNotFound();
  const query = db
    .select()
    .from(workOrders)
    .where(
      and(
        eq(workOrders.id, workOrderId),
        inArray(workOrders.type, [...interventionTypes]),
        workOrderTenantFilter(tenant),
      ),
    )
    .limit(1);
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  if (!row) throw workOrderNotFound();
  return row;
}

export async function orderNoOf(db: DbOrTx, orderId: string): Promise<string> {
  const [row] = await db.select({ orderNo: orders.orderNo }).from(orders).where(eq(orders.id, orderId));
  return row?.orderNo ?? "";
}

/** The reply window is over at `dueAt` exactly (deadlines.ts); the sweeper applies the timeout. */
export function assertBeforeDeadline(row: WorkOrderRow, now: Date): void {
  if (row.dueAt && isPastDue(row.dueAt, now)) {
    throw new DomainError("CONFLICT", "DEADLINE_PASSED", {
      "zh-CN": "已超过工单处理时限,无法再提交,系统将按超时规则处理",
      en: "The work order's deadline has passed; the timeout consequence applies",
    });
  }
}

/** WO-3: evidence is frozen after its one submission. */
export async function assertNoSubmittedEvidence(db: DbOrTx, workOrderId: string): Promise<void> {
  const [existing] = await db
    .select({ id: evidenceItems.id })
    .from(evidenceItems)
    .where(
      and(
        eq(evidenceItems.recordType, "work_order"),
        eq(evidenceItems.recordId, workOrderId),
        eq(evidenceItems.submitted, true),
      ),
    )
    .limit(1);
  if (existing) {
    throw new DomainError("CONFLICT", "EVIDENCE_FROZEN", {
      "zh-CN": "该工单的凭证已提交,提交后不可修改或重复提交",
      en: "Evidence for this work order was already submitted; it cannot be changed or submitted again",
    });
  }
}

const kindNames: Record<string, string> = { pdf: "PDF", ofd: "OFD", jpeg: "JPG", png: "PNG", webp: "WEBP" };

export interface Placement {
  slot: string;
  fileId: string;
  position: number;
}

/**
 * WO-3: checks every slot of one submission and refuses it with ALL failing slots named (zh-CN
 * and en labels): required slots present, counts within min..max, each file of an accepted kind
 * and uploaded by this merchant's shop (or by the acting person). Unknown slots are refused.
 * A draft (`draft: true`) is checked the same way except for the minimum counts.
 */
export async function validateSlots(
  db: DbOrTx,
  args: {
    slots: readonly EvidenceSlot[];
    evidence: Record<string, string[]>;
    uploader: { userId: string | null; shopId: string | null };
    draft?: boolean;
  },
): Promise<Placement[]> {
  const { slots, evidence, uploader, draft = false } = args;
  const known = new Set(slots.map((s) => s.key));
  const unknown = Object.keys(evidence).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new DomainError("BAD_REQUEST", "UNKNOWN_SLOT", {
      "zh-CN": `凭证栏位不存在:${unknown.join("、")}`,
      en: `Unknown evidence slot(s): ${unknown.join(", ")}`,
    });
  }
  const allIds = Object.values(evidence).flat();
  if (new Set(allIds).size !== allIds.length) {
    throw new DomainError("BAD_REQUEST", "DUPLICATE_FILE", {
      "zh-CN": "同一文件不能重复提交",
      en: "The same file was submitted twice",
    });
  }
  const ids = allIds.filter(isUuid);
  const rows =
    ids.length > 0
      ? await db
          .select({
            id: files.id,
            kind: files.kind,
            uploadedBy: files.uploadedBy,
            shopId: files.shopId,
            name: files.originalName,
          })
          .from(files)
          .where(inArray(files.id, ids))
      : [];
  const byId = new Map(rows.map((r) => [r.id, r]));

  const problems: { slot: string; text: LocalizedText }[] = [];
  const placements: Placement[] = [];
  for (const slot of slots) {
    const given = evidence[slot.key] ?? [];
    const say = (zh: string, en: string) =>
      problems.push({
        slot: slot.key,
        text: { "zh-CN": `「${slot.label["zh-CN"]}」${zh}`, en: `"${slot.label.en}": ${en}` },
      });
    if (!draft && given.length < slot.min)
      say(`为必传凭证,请至少上传 ${slot.min} 个文件`, `required, upload at least ${slot.min} file(s)`);
    if (given.length > slot.max) say(`最多上传 ${slot.max} 个文件`, `at most ${slot.max} file(s)`);
    for (const [position, id] of given.entries()) {
      const file = byId.get(id);
      const mine =
        file &&
        ((uploader.userId !== null && file.uploadedBy === uploader.userId) ||
          (uploader.shopId !== null && file.shopId === uploader.shopId));
      if (!file || !mine) {
        say(
          "中有文件不存在或不是您上传的,请重新上传",
          "a file does not exist or was not uploaded by you; upload it again",
        );
        continue;
      }
      if (!slot.accepts.includes(file.kind)) {
        const kinds = slot.accepts.map((k) => kindNames[k] ?? k).join("/");
        say(`只接受 ${kinds} 文件,「${file.name}」不符合`, `accepts ${kinds} only; "${file.name}" does not fit`);
        continue;
      }
      placements.push({ slot: slot.key, fileId: id, position });
    }
  }
  if (problems.length > 0) {
    throw new DomainError(
      "BAD_REQUEST",
      "EVIDENCE_INVALID",
      { "zh-CN": problems.map((p) => p.text["zh-CN"]).join(";"), en: problems.map((p) => p.text.en).join("; ") },
      { slots: problems.map((p) => p.slot) },
    );
  }
  return placements;
}

/** Stores a submission's evidence, submitted (frozen) at once (WO-3). */
export async function insertSubmittedEvidence(
  db: DbOrTx,
  row: WorkOrderRow,
  placements: readonly Placement[],
  by: Acting,
  now: Date,
): Promise<void> {
  if (placements.length === 0) return;
  await db.insert(evidenceItems).values(
    placements.map((p) => ({
      shopId: row.shopId,
      recordType: "work_order" as const,
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
