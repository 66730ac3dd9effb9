/**
 * DSP-INV-3 (VIO-1): the violation a missed invoicing obligation raises — 2 points, the weight
 * of a broken invoicing promise (INV-6), since both mean the consumer still has no invoice after
 * a date the shop was bound to. Only the merchant's obligations raise one: an FBP shop's invoice
 * is the platform's to issue (SHOP-1), as INV-6 decides for FBP promises.
 */
export const brokenObligationViolation = {
  rule: "DSP-INV-3",
  points: 2,
  reason: {
    "zh-CN": "纠纷约定或判决的开票期限已过,仍未开具发票",
    en: "The invoicing deadline set by a dispute settlement or judgment passed without an invoice",
  },
} as const;
