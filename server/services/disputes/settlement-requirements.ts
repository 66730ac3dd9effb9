import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceRequests, shops, type DisputePlanPayload } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import type { SettlementPlan } from "@/server/domain/policies/types";
import { startOfDayInZone } from "@/server/domain/time";
import type { Acting } from "../acting";
import { issueInvoiceInTx } from "../invoices/issue-invoice-core";
import { applyCancelPlan } from "./cancel-plan-effects";
import type { DisputeRow } from "./dispute-access";
import { reRequest } from "./re-request";

const required = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

export interface SettlementFields {
  note?: string;
  date?: string;
  invoiceNo?: string;
  fileId?: string;
}

/**
 * DSP-INV-1: checks what the chosen settlement plan requires and performs what it promises
 * inside the caller's transaction. Returns the payload stored with the plan.
 * - note: a written note.
 * - futureDate: a calendar day (shop time zone) that starts strictly after now.
 * - invoice: the invoice gets issued now, through issueInvoiceInTx (INV-2), on the order's
 *   live request — or, when the only request was refused, on a fresh request with the same
 *   details. If the order's invoice is already issued, that invoice is the settlement.
 */
export async function applySettlementRequirements(
  tx: Tx,
  args: { dispute: DisputeRow; plan: SettlementPlan; fields: SettlementFields; by: Acting; now: Date },
): Promise<DisputePlanPayload> {
  const { dispute, plan, fields, by, now } = args;
  // DSP-CXL-2..5: cancel-dispute plans act on the order's cancel orders and refunds.
  if (dispute.scenario === "order_cancel") return applyCancelPlan(tx, { dispute, plan, note: fields.note, by, now });
  const payload: DisputePlanPayload = {};
  if (fields.note) payload.note = fields.note;

  if (plan.requires.note && !fields.note)
    throw required("NOTE_REQUIRED", `「${plan.label["zh-CN"]}」需要填写说明`, `"${plan.label.en}" needs a note`);

  if (plan.requires.futureDate) {
    if (!fields.date) throw required("DATE_REQUIRED", "请选择约定的开票日期", "Choose the agreed invoicing date");
    const [shop] = await tx.select({ timeZone: shops.timeZone }).from(shops).where(eq(shops.id, dispute.shopId));
    const startsAt = startOfDayInZone(fields.date, shop?.timeZone ?? "Asia/Shanghai");
    if (startsAt.getTime() <= now.getTime()) {
      throw required("DATE_NOT_IN_FUTURE", "约定开票日期必须晚于今天", "The agreed invoicing date must be after today");
    }
    payload.date = fields.date;
    payload.dateStartsAt = startsAt.toISOString();
  }

  if (plan.requires.invoice) Object.assign(payload, await issueForSettlement(tx, { dispute, fields, by, now }));
  return payload;
}

async function issueForSettlement(
  tx: Tx,
  args: { dispute: DisputeRow; fields: SettlementFields; by: Acting; now: Date },
): Promise<DisputePlanPayload> {
  const { dispute, fields, by, now } = args;
  const [live] = await tx
    .select()
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.orderId, dispute.orderId), ne(invoiceRequests.status, "refused")))
    .for("update");
  if (live?.status === "issued") {
    return {
      invoiceNo: live.invoiceNo ?? undefined,
      invoiceFileId: live.invoiceFileId ?? undefined,
      invoiceRequestId: live.id,
      alreadyIssued: true,
    };
  }
  const invoiceNo = fields.invoiceNo?.trim();
  if (!invoiceNo || !fields.fileId) {
    throw required(
      "INVOICE_REQUIRED",
      "「已开发票」需要填写发票号码并上传发票文件(PDF 或 OFD)",
      '"Invoice issued" needs the invoice number and the invoice file (PDF or OFD)',
    );
  }
  const request = live ?? (await reRequest(tx, { dispute, by, now }));
  const issued = await issueInvoiceInTx(tx, { request, invoiceNo, fileId: fields.fileId, by, now });
  return { invoiceNo, invoiceFileId: fields.fileId, invoiceRequestId: issued.id };
}
