import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invoiceRequests, orders, workOrders } from "@/db/schema";
import type { LiableParty } from "@/server/domain/dispute";
import { DomainError } from "@/server/domain/errors";
import { urgeVerdict, type UrgeVerdict } from "@/server/domain/policies/urge-verdict";
import { assertObligationDay, invoiceAlreadyIssued } from "../invoice-obligations/create-obligation";
import type { DisputeRow } from "./dispute-access";

const refuse = (code: string, zh: string, en: string) => new DomainError("BAD_REQUEST", code, { "zh-CN": zh, en });

/** WO-TM-6: worry-free purchase orders follow their own process, never the dispute flow. */
export const worryFreeRefusal = () =>
  new DomainError("CONFLICT", "WORRY_FREE_ORDER", {
    "zh-CN": "无忧采购订单按其专属流程处理,不适用纠纷判责(WO-TM-6)",
    en: "Worry-free purchase orders follow their own process and are never judged by the dispute flow (WO-TM-6)",
  });

export async function isWorryFreeOrder(tx: Tx, orderId: string): Promise<boolean> {
  const [order] = await tx.select({ worryFree: orders.worryFree }).from(orders).where(eq(orders.id, orderId));
  return order?.worryFree ?? false;
}

/** DSP-INV-2: what the urged dispute's work order outcome implies (nothing for other scenarios). */
export async function urgeVerdictOf(
  tx: Tx,
  dispute: Pick<DisputeRow, "scenario" | "workOrderId" | "responsibleParty">,
): Promise<UrgeVerdict | null> {
  if (dispute.scenario !== "invoice_urged") return null;
  const [wo] = dispute.workOrderId
    ? await tx.select({ status: workOrders.status }).from(workOrders).where(eq(workOrders.id, dispute.workOrderId))
    : [];
  return urgeVerdict(wo ?? null, dispute.responsibleParty);
}

/**
 * The judgment must fit the case before anything is written:
 * - WO-TM-6: no judgment on a worry-free purchase order.
 * - DSP-INV-2: an expired or broken urge work order binds the liable party to the invoicing party.
 * - DSP-INV-3: "issue the invoice by a date" only in an invoice dispute, against the invoicing
 *   party, on an order whose invoice is not issued yet, for a day after today.
 */
export async function assertJudgmentFits(
  tx: Tx,
  args: { dispute: DisputeRow; liableParty: LiableParty; issueInvoiceBy: string | undefined; now: Date },
): Promise<void> {
  const { dispute, liableParty, issueInvoiceBy, now } = args;
  if (await isWorryFreeOrder(tx, dispute.orderId)) throw worryFreeRefusal();
  const verdict = await urgeVerdictOf(tx, dispute);
  if (verdict?.kind === "invoicing_party_liable" && liableParty !== verdict.liableParty) {
    throw new DomainError("BAD_REQUEST", "URGE_OUTCOME_DECIDES", {
      "zh-CN": `${verdict.text["zh-CN"]},不能判定其他责任方`,
      en: `${verdict.text.en}; no other party can be held liable`,
    });
  }
  if (!issueInvoiceBy) return;
  if (dispute.scenario !== "invoice_refused" && dispute.scenario !== "invoice_urged") {
    throw refuse(
      "ISSUE_ORDER_NOT_INVOICE",
      "只有发票纠纷可以责令限期开票",
      "Only an invoice dispute can order the invoice issued",
    );
  }
  if (liableParty !== dispute.responsibleParty) {
    throw refuse(
      "ISSUE_ORDER_NEEDS_INVOICING_PARTY",
      `只有判定开票方(${dispute.responsibleParty === "merchant" ? "商家" : "平台"})担责时,才能责令限期开票`,
      `The invoice can be ordered issued only when the invoicing party (${dispute.responsibleParty}) is held liable`,
    );
  }
  const [issued] = await tx
    .select({ id: invoiceRequests.id })
    .from(invoiceRequests)
    .where(and(eq(invoiceRequests.orderId, dispute.orderId), eq(invoiceRequests.status, "issued")))
    .limit(1);
  if (issued) throw invoiceAlreadyIssued();
  await assertObligationDay(tx, dispute.shopId, issueInvoiceBy, now);
}
