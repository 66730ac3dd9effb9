import type { InvoicingParty } from "../invoice";
import type { LocalizedText } from "../errors";
import type { LiableParty } from "../dispute";
import type { WorkOrderStatus } from "../work-order";

/**
 * DSP-INV-2: what the urge-invoice work order's outcome implies for the urged dispute judged
 * from it.
 * - expired (no reply in 24h, INV-7) or broken (agreed date passed, INV-6) → the invoicing party
 *   is liable: the merchant, or the platform for an FBP shop (SHOP-1). The judgment must hold it
 *   liable; any other liable party is refused.
 * - resolved with a reply (invoice issued, or an agreement) → the evidence of that reply decides;
 *   any liable party may be held.
 * Any other state (a record without a work order) binds nothing.
 */
export type UrgeVerdict =
  | { kind: "invoicing_party_liable"; outcome: "expired" | "broken"; liableParty: LiableParty; text: LocalizedText }
  | { kind: "evidence_decides"; outcome: "resolved"; liableParty: null; text: LocalizedText }
  | { kind: "none"; outcome: null; liableParty: null; text: null };

const partyName = {
  merchant: { "zh-CN": "商家", en: "the merchant" },
  platform: { "zh-CN": "平台", en: "the platform" },
} as const;

export function urgeVerdict(
  workOrder: { status: WorkOrderStatus } | null,
  invoicingParty: InvoicingParty,
): UrgeVerdict {
  const who = partyName[invoicingParty];
  if (workOrder?.status === "expired") {
    return {
      kind: "invoicing_party_liable",
      outcome: "expired",
      liableParty: invoicingParty,
      text: {
        "zh-CN": `催开票工单已超时未回复 → 依 DSP-INV-2 ${who["zh-CN"]}担责`,
        en: `The urge-invoice work order expired without a reply → under DSP-INV-2 ${who.en} is liable`,
      },
    };
  }
  if (workOrder?.status === "broken") {
    return {
      kind: "invoicing_party_liable",
      outcome: "broken",
      liableParty: invoicingParty,
      text: {
        "zh-CN": `约定开票时间已过仍未开票(承诺不履约)→ 依 DSP-INV-2 ${who["zh-CN"]}担责`,
        en: `The agreed invoicing date passed without an invoice (promise broken) → under DSP-INV-2 ${who.en} is liable`,
      },
    };
  }
  if (workOrder?.status === "resolved") {
    return {
      kind: "evidence_decides",
      outcome: "resolved",
      liableParty: null,
      text: {
        "zh-CN": "催开票工单已回复(已开票或已协商)→ 依 DSP-INV-2 以该回复的凭证判责",
        en: "The urge-invoice work order was answered (invoice issued or an agreement) → under DSP-INV-2 the evidence of that reply decides",
      },
    };
  }
  return { kind: "none", outcome: null, liableParty: null, text: null };
}
