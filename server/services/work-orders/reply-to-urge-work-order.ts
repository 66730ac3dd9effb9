import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceRequests } from "@/db/schema";
import type { WorkOrderReply } from "@/db/schema/work-orders";
import { isPastDue } from "@/server/domain/deadlines";
import { DomainError, staleState } from "@/server/domain/errors";
import { workOrderPolicy } from "@/server/domain/policies/registry";
import type { ResolutionOption } from "@/server/domain/policies/types";
import { type Acting, actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import { issueInvoiceInTx } from "../invoices/issue-invoice-core";
import { notify } from "../notifications/notify";
import { loadWorkOrder, responderFilter } from "./scope";
import { transitionWorkOrder, type WorkOrderRow } from "./transition";
import type { ServiceContext } from "../service-context";
import type { ReplyToUrgeWorkOrderInput } from "./reply-to-urge-work-order-input";

const expired = () =>
  new DomainError("CONFLICT", "WORK_ORDER_EXPIRED", {
    "zh-CN": "工单已超时,无法再回复",
    en: "The work order has expired; it can no longer be answered",
  });
const unknownResolution = (key: string) =>
  new DomainError(
    "BAD_REQUEST",
    "UNKNOWN_RESOLUTION",
    { "zh-CN": "该工单规则版本不支持此处理结果", en: "This resolution is not part of the work order's rules" },
    { key },
  );
const dateNotInFuture = () =>
  new DomainError("BAD_REQUEST", "PROMISED_AT_NOT_FUTURE", {
    "zh-CN": "约定开票时间必须晚于当前时间",
    en: "The agreed invoicing date must be in the future",
  });
const noteRequired = () => new DomainError("BAD_REQUEST", "NOTE_REQUIRED", { "zh-CN": "请填写说明", en: "Add a note" });

/**
 * INV-5: the invoicing party (the merchant for its own SOP shop, the platform for FBP) answers
 * an open urge-invoice work order within its deadline with exactly one resolution of the
 * policy version the work order was opened under (ROL-1). After the deadline it is refused
 * even before the sweeper has expired it (INV-7): only the sweeper closes it.
 */
export async function replyToUrgeWorkOrder(
  ctx: ServiceContext,
  input: ReplyToUrgeWorkOrderInput,
): Promise<{ workOrderId: string; status: WorkOrderRow["status"]; resolution: string }> {
  const { db, now, tenant: responder } = ctx;
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const row = await loadWorkOrder(tx, input.workOrderId, responderFilter(responder));
    if (row.status === "expired" || (row.status === "open" && row.dueAt && isPastDue(row.dueAt, now))) throw expired();
    if (row.status !== "open") throw staleState();

    const option = workOrderPolicy(row.policyId, row.policyVersion).resolutions.find((r) => r.key === input.resolution);
    if (!option) throw unknownResolution(input.resolution);
    checkRequirements(option, input, now);

    if (input.resolution === "invoice_issued") {
      // Issuing is the invoice's own verb; it answers this work order in the same transaction.
      const updated = await issueThrough(tx, row, input, by, now);
      return { workOrderId: row.id, status: updated.status, resolution: input.resolution };
    }

    const reply: WorkOrderReply = { resolution: input.resolution, ...(input.note ? { note: input.note } : {}) };
    const common = { repliedAt: now, repliedBy: by.userId ?? "system", replyOnTime: true };
    if (input.resolution === "agreed_invoice_date") {
      const promisedAt = input.promisedAt;
      const { from, to } = await transitionWorkOrder(tx, row, "promise", {
        ...common,
        dueAt: promisedAt,
        reply: { ...reply, promisedAt: promisedAt.toISOString() },
      });
      await emitAudit(tx, {
        shopId: row.shopId,
        recordType: "work_order",
        recordId: row.id,
        by,
        action: "work_order.promised",
        from,
        to,
        payload: { ...reply, promisedAt: promisedAt.toISOString(), onTime: true },
        at: now,
      });
      await notify(tx, {
        to: { consumerId: row.consumerId },
        kind: "work_order.answered",
        params: { resolution: input.resolution },
        record: { type: "work_order", id: row.id },
        now,
      });
      return { workOrderId: row.id, status: to, resolution: input.resolution };
    }
    const { from, to } = await transitionWorkOrder(tx, row, "reply", { ...common, reply, closedAt: now });
    await emitAudit(tx, {
      shopId: row.shopId,
      recordType: "work_order",
      recordId: row.id,
      by,
      action: "work_order.replied",
      from,
      to,
      payload: { ...reply, onTime: true },
      at: now,
    });
    await notify(tx, {
      to: { consumerId: row.consumerId },
      kind: "work_order.answered",
      params: { resolution: input.resolution },
      record: { type: "work_order", id: row.id },
      now,
    });
    return { workOrderId: row.id, status: to, resolution: input.resolution };
  });
}

/** The policy's `requires` for the chosen resolution, checked on the server. */
function checkRequirements(option: ResolutionOption, input: ReplyToUrgeWorkOrderInput, now: Date): void {
  if (option.requires.futureDate) {
    if (input.resolution !== "agreed_invoice_date" || input.promisedAt.getTime() <= now.getTime())
      throw dateNotInFuture();
  }
  if (option.requires.note && !("note" in input && input.note)) throw noteRequired();
  // `requires.invoice` is enforced by issueInvoiceInTx: the file must be the uploader's PDF/OFD.
}

async function issueThrough(
  tx: Tx,
  row: WorkOrderRow,
  input: Extract<ReplyToUrgeWorkOrderInput, { resolution: "invoice_issued" }>,
  by: Acting,
  now: Date,
): Promise<WorkOrderRow> {
  if (!row.invoiceRequestId) throw staleState();
  const [request] = await tx
    .select({ id: invoiceRequests.id, status: invoiceRequests.status, shopId: invoiceRequests.shopId })
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.id, row.invoiceRequestId), eq(invoiceRequests.shopId, row.shopId)));
  if (!request) throw staleState();
  await issueInvoiceInTx(tx, { request, invoiceNo: input.invoiceNo, fileId: input.fileId, by, now });
  const reloaded = await loadWorkOrder(tx, row.id, undefined);
  if (reloaded.status === "open") throw staleState();
  return reloaded;
}
