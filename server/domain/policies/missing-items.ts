import { imageKinds } from "../files";
import { HOUR, type CompensationRule, type WorkOrderPolicy } from "./types";

/**
 * WO-PDD-2 compensation on timeout: 10% of the order amount, at least ¥5 and at most ¥200
 * (SPEC says "a reasonable compensation"; this mirrors the small fixed-range payouts
 * marketplaces make for missing items, on top of the full refund).
 */
export const missingItemsCompensationV1: CompensationRule = { percentOfOrder: 10, minFen: 500, maxFen: 20_000 };

/** The compensation a rule gives for an order amount, in whole fen (rounded half up). */
export function compensationFen(rule: CompensationRule, orderAmountFen: number): number {
  const share = Math.round((orderAmountFen * rule.percentOfOrder) / 100);
  return Math.min(rule.maxFen, Math.max(rule.minFen, share));
}

const photo = (key: string, zh: string, en: string) => ({
  key,
  label: { "zh-CN": zh, en },
  accepts: imageKinds,
  min: 1,
  max: 3,
});

/**
 * WO-PDD-2 (Pinduoduo 少发漏发/错发): within 24h the merchant takes exactly ONE path:
 * - weighing photos: shipping, signing and delivery weighing photos, each in its own slot
 *   (a signed receipt is not a weighing photo, WO-3) → the platform compares them (judging);
 * - contact and settle: the negotiation record (screenshots) and a note → resolved;
 * - reshipment: a note and the reshipment tracking number (a photo is optional) → resolved.
 * Timeout → full refund + compensation (rule above) + one delisting request for admins.
 *
 * Choices where SPEC is silent: the consumer may apply while the order is signed or completed;
 * settling and reshipping close the work order at once (the consumer can apply again if the
 * promise is not kept), weighing photos need the platform's eyes.
 */
export const missingItemsV1: WorkOrderPolicy = {
  id: "pdd.missing_items",
  version: 1,
  type: "missing_items",
  name: { "zh-CN": "少发漏发/错发工单", en: "Missing or wrong items work order" },
  replyWindowMs: 24 * HOUR,
  reminderBeforeMs: 4 * HOUR,
  resolutions: [],
  paths: [
    {
      key: "weighing_photos",
      label: { "zh-CN": "提供称重图证明未少发", en: "Prove nothing was missing with weighing photos" },
      slots: [
        photo("shipping_weighing", "发货称重图", "Shipping weighing photo"),
        photo("signing_weighing", "签收称重图", "Signing weighing photo"),
        photo("delivery_weighing", "派件称重图", "Delivery weighing photo"),
      ],
      fields: [],
      outcome: "judging",
    },
    {
      key: "contact_settle",
      label: { "zh-CN": "已联系消费者协商处理", en: "Contacted the consumer and settled" },
      slots: [
        {
          key: "settlement_record",
          label: { "zh-CN": "协商记录截图", en: "Settlement record screenshots" },
          accepts: imageKinds,
          min: 1,
          max: 5,
        },
      ],
      fields: [
        { key: "note", label: { "zh-CN": "协商结果说明", en: "What was agreed" }, required: true, maxLength: 500 },
      ],
      outcome: "resolved",
    },
    {
      key: "reshipment",
      label: { "zh-CN": "补发商品", en: "Reship the missing items" },
      slots: [
        {
          key: "reshipment_photo",
          label: { "zh-CN": "补发凭证(选填)", en: "Reshipment photo (optional)" },
          accepts: imageKinds,
          min: 0,
          max: 3,
        },
      ],
      fields: [
        { key: "note", label: { "zh-CN": "补发说明", en: "Reshipment note" }, required: true, maxLength: 500 },
        {
          key: "trackingNo",
          label: { "zh-CN": "补发物流单号", en: "Reshipment tracking number" },
          required: true,
          maxLength: 40,
        },
      ],
      outcome: "resolved",
    },
  ],
  timeoutEffects: { fullRefund: true, compensation: missingItemsCompensationV1, delisting: true, judgment: false },
  timeoutConsequence: {
    "zh-CN": "24 小时内未处理,将全额退款并赔付订单金额 10%(最低 5 元、最高 200 元),并提交平台对相关商品下架",
    en: "With no answer in 24h the consumer is refunded in full plus 10% of the order amount (¥5 minimum, ¥200 maximum), and the affected products are sent to the platform for delisting",
  },
};
