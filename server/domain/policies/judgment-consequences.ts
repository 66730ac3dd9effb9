import type { DisputeScenario, LiableParty, RemedyKind } from "../dispute";
import { DomainError, type LocalizedText } from "../errors";
import type { RefundKind } from "../refund";

/**
 * DSP-5: what a platform judgment sets in motion, as data.
 *
 * - refund → one `dispute_refund` row (never above what is still refundable on the order);
 *   compensation → one `compensation` row, paid on top of the order amount.
 * - A remedy is paid by someone who is liable: refund/compensation need the merchant or the
 *   platform held liable. Holding the consumer (or nobody) liable pays nothing. (SPEC is silent;
 *   an adjudicator would not order the shop to pay when it is not at fault.)
 * - A judgment against the merchant raises one violation ticket (VIO-1) under rule "DSP-5".
 *   Invoice disputes weigh 2 points — the same as a broken invoicing promise (INV-6), since
 *   both mean the consumer did not get an invoice they were owed. Other scenarios will add
 *   their weights here when they arrive.
 */
export const judgmentViolationRule = "DSP-5";

const violationPointsByScenario: Record<DisputeScenario, number> = {
  invoice_refused: 2,
  invoice_urged: 2,
  order_cancel: 2,
};

export interface JudgmentConsequences {
  refund: { kind: RefundKind; amountFen: number } | null;
  violation: { rule: string; points: number; reason: LocalizedText } | null;
}

export function judgmentConsequences(j: {
  scenario: DisputeScenario;
  liableParty: LiableParty;
  remedy: RemedyKind;
  amountFen: number | null;
}): JudgmentConsequences {
  const paying = j.liableParty === "merchant" || j.liableParty === "platform";
  if (j.remedy !== "none" && !paying) {
    throw new DomainError("BAD_REQUEST", "REMEDY_WITHOUT_LIABILITY", {
      "zh-CN": "仅当判定商家或平台有责时,才能判决退款或赔付",
      en: "A refund or compensation needs the merchant or the platform to be held liable",
    });
  }
  const amount = j.amountFen ?? 0;
  if (j.remedy !== "none" && amount <= 0) {
    throw new DomainError("BAD_REQUEST", "AMOUNT_REQUIRED", {
      "zh-CN": "请填写大于 0 的金额",
      en: "Enter an amount above zero",
    });
  }
  const refund =
    j.remedy === "none"
      ? null
      : { kind: (j.remedy === "refund" ? "dispute_refund" : "compensation") as RefundKind, amountFen: amount };
  const violation =
    j.liableParty === "merchant"
      ? {
          rule: judgmentViolationRule,
          points: violationPointsByScenario[j.scenario],
          reason: {
            "zh-CN": "纠纷经平台判责,商家负有责任",
            en: "Platform judgment found the merchant liable in a dispute",
          },
        }
      : null;
  return { refund, violation };
}
