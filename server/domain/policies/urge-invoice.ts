import { HOUR, type WorkOrderPolicy } from "./types";

/**
 * INV-4..7 (JD POP 催开票工单): the invoicing party has 24h to issue the invoice or reply with
 * exactly one agreed resolution. No reply in 24h expires the work order (INV-7); an agreed
 * invoicing date that passes without an issued invoice is a broken promise (INV-6).
 */
export const urgeInvoiceV1: WorkOrderPolicy = {
  id: "jd.urge_invoice",
  version: 1,
  type: "urge_invoice",
  name: { "zh-CN": "催开票工单", en: "Urge-invoice work order" },
  replyWindowMs: 24 * HOUR,
  reminderBeforeMs: 4 * HOUR,
  resolutions: [
    {
      key: "invoice_issued",
      label: { "zh-CN": "已开发票", en: "Invoice issued" },
      requires: { invoice: true },
      outcome: "resolved",
    },
    {
      key: "agreed_no_invoice",
      label: { "zh-CN": "已协商无需开票", en: "Agreed no invoice is needed" },
      requires: {},
      outcome: "resolved",
    },
    {
      key: "agreed_cannot_issue",
      label: { "zh-CN": "已协商无法开票", en: "Agreed the invoice cannot be issued" },
      requires: {},
      outcome: "resolved",
    },
    {
      key: "agreed_invoice_date",
      label: { "zh-CN": "已协商开票时间", en: "Agreed an invoicing date" },
      requires: { futureDate: true },
      outcome: "promised",
    },
  ],
  timeoutConsequence: {
    "zh-CN": "24 小时内未回复,工单将超时关闭,并作为后续纠纷判责依据",
    en: "With no reply in 24h the work order expires and counts against the shop in any later dispute",
  },
};

/** INV-6: the violation a broken invoicing promise raises. */
export const brokenPromiseViolation = {
  rule: "INV-6",
  points: 2,
  reason: { "zh-CN": "承诺开票时间未履约", en: "Agreed invoicing date passed without an invoice" },
} as const;
