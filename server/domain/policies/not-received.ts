import { imageKinds } from "../files";
import { HOUR, type WorkOrderPolicy } from "./types";

/**
 * WO-PDD-1 (Pinduoduo 未收到货): the order shows signed but the consumer says it never arrived.
 * Within 48h the merchant submits BOTH the shipping receipt (发货底单) and the signed red-stamp
 * logistics proof (签收物流红章证明) in one submission (WO-3). The platform then checks the
 * proof against the review checklist (WO-PDD-3) and decides. Timeout, or evidence missing or
 * marked invalid at judgment time → full refund to the consumer, counted as a dispute refund.
 *
 * Choices where SPEC is silent:
 * - The consumer may apply while the order is signed or completed (the order "shows signed";
 *   completed orders were signed first).
 * - Each slot takes 1–3 images or PDFs (a scan of a stamped paper is usually a photo or a PDF).
 * - A valid submission goes to platform judgment (status judging): the red stamp needs a human
 *   check, so a merchant's upload never closes the work order by itself.
 */
export const notReceivedV1: WorkOrderPolicy = {
  id: "pdd.not_received",
  version: 1,
  type: "not_received",
  name: { "zh-CN": "未收到货工单", en: "Not-received work order" },
  replyWindowMs: 48 * HOUR,
  reminderBeforeMs: 4 * HOUR,
  resolutions: [],
  paths: [
    {
      key: "delivery_proof",
      label: { "zh-CN": "提供发货底单及签收物流红章证明", en: "Shipping receipt and signed red-stamp logistics proof" },
      slots: [
        {
          key: "shipping_receipt",
          label: { "zh-CN": "发货底单", en: "Shipping receipt" },
          accepts: [...imageKinds, "pdf"],
          min: 1,
          max: 3,
        },
        {
          key: "signed_red_stamp",
          label: { "zh-CN": "签收物流红章证明", en: "Signed red-stamp logistics proof" },
          accepts: [...imageKinds, "pdf"],
          min: 1,
          max: 3,
        },
      ],
      fields: [],
      outcome: "judging",
    },
  ],
  timeoutEffects: { fullRefund: true, compensation: null, delisting: false, judgment: false },
  // WO-PDD-3: what the adjudicator checks on the red-stamp proof.
  reviewChecklist: [
    {
      key: "handwritten_fields",
      label: {
        "zh-CN": "红章证明的可变字段(运单号、签收人、日期)为手写",
        en: "The proof's variable fields (tracking number, recipient, date) are handwritten",
      },
    },
    {
      key: "signature_matches",
      label: { "zh-CN": "物流公司签名与承运公司一致", en: "The company signature matches the carrier" },
    },
    {
      key: "stamp_matches",
      label: { "zh-CN": "红章与承运公司一致且清晰可辨", en: "The red stamp matches the carrier and is legible" },
    },
    {
      key: "tracking_matches",
      label: { "zh-CN": "发货底单运单号与订单物流单号一致", en: "The receipt's tracking number matches the order's" },
    },
  ],
  timeoutConsequence: {
    "zh-CN": "48 小时内未提交发货底单和签收物流红章证明(或凭证无效),将全额退款给消费者,计入纠纷退款",
    en: "Without the shipping receipt and the signed red-stamp proof within 48h (or with invalid evidence), the consumer is refunded in full, counted as a dispute refund",
  },
};
