import type { CancelReason } from "@/server/domain/cancel-order";
import type { LocalizedText } from "@/server/domain/errors";

/** Reason labels the server itself shows (pages use the cancelOrder message namespace). */
export const cancelReasonLabels: Record<CancelReason, LocalizedText> = {
  changed_mind: { "zh-CN": "不想要了", en: "Changed my mind" },
  ordered_wrong: { "zh-CN": "拍错了/信息填写错误", en: "Ordered the wrong item or details" },
  slow_shipping: { "zh-CN": "发货太慢", en: "Shipping is too slow" },
  better_price: { "zh-CN": "其他地方更便宜", en: "Found a better price" },
  other: { "zh-CN": "其他原因", en: "Other" },
  dispute_direct_refund: { "zh-CN": "直接退款纠纷方案", en: "Direct-refund dispute plan" },
  dispute_interception: { "zh-CN": "48H物流拦截退款纠纷方案", en: "48h interception refund dispute plan" },
};
